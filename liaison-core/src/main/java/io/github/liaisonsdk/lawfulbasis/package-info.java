/** Data-protection support (LP36-4e): lawful bases and special category conditions. */
package io.github.liaisonsdk.lawfulbasis;

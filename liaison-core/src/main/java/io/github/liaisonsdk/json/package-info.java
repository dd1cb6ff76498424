/** The stable, versioned JSON form of Liaison SDK values, and strict reading of it. */
package io.github.liaisonsdk.json;

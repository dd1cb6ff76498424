/** Ordered confidentiality levels, the topics of liaison and their default levels, and confidential text. */
package io.github.liaisonsdk.confidentiality;

/** Contact records, append-only, and their amendments (LP36-4d, LP36-5, HSL-6 to HSL-8). */
package io.github.liaisonsdk.contact;

package io.github.liaisonsdk.examples;

import io.github.liaisonsdk.testing.WholeRunLeakCheck;

/** This module's whole test run, checked for the confidential marker after the suite (see the parent POM). */
class WholeRunLeakCheckTest extends WholeRunLeakCheck {}

package io.github.liaisonsdk.policy;

/** The three terms of an English school year, in the order they fall in a calendar year. */
public enum SchoolTerm {
  /** January to Easter. */
  SPRING,
  /** After Easter to July. */
  SUMMER,
  /** September to December. */
  AUTUMN
}

package io.github.liaisonsdk.sharing;

/** The aims of the guidelines that a rule serves (HSL-1). */
public enum Aim {
  /** Protect the pupil. */
  PROTECT_THE_PUPIL("protect the pupil"),
  /** Protect staff. */
  PROTECT_STAFF("protect staff"),
  /** Maintain confidentiality. */
  MAINTAIN_CONFIDENTIALITY("maintain confidentiality");

  private final String purpose;

  Aim(String purpose) {
    this.purpose = purpose;
  }

  /**
   * The aim as explanations say it: "to protect the pupil".
   *
   * @return the aim in plain English, without "to"
   */
  public String purpose() {
    return purpose;
  }

  /**
   * Aims as one phrase: "protect the pupil and maintain confidentiality".
   *
   * @param aims the aims
   * @return the phrase, in the order of this enum
   */
  public static String phrase(java.util.Collection<Aim> aims) {
    java.util.List<String> parts =
        java.util.Arrays.stream(values()).filter(aims::contains).map(Aim::purpose).toList();
    if (parts.size() <= 1) {
      return String.join("", parts);
    }
    return String.join(", ", parts.subList(0, parts.size() - 1))
        + " and "
        + parts.get(parts.size() - 1);
  }
}

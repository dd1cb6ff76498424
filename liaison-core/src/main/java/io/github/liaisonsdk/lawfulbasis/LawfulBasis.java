package io.github.liaisonsdk.lawfulbasis;

/** The six lawful bases of UK GDPR Article 6, one of which every plan and sharing decision records (LP36-4e). */
public enum LawfulBasis {
  /** Article 6(1)(a). */
  CONSENT,
  /** Article 6(1)(b). */
  CONTRACT,
  /** Article 6(1)(c). */
  LEGAL_OBLIGATION,
  /** Article 6(1)(d). */
  VITAL_INTERESTS,
  /** Article 6(1)(e): the usual basis for a state school's liaison. */
  PUBLIC_TASK,
  /** Article 6(1)(f): not available to public authorities for their tasks. */
  LEGITIMATE_INTERESTS
}

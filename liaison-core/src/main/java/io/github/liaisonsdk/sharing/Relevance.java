package io.github.liaisonsdk.sharing;

/** How a member of staff receiving information relates to the pupil (HSL-4, LP36-5.1). */
public enum Relevance {
  /** Not a relevant party. */
  NOT_RELEVANT,
  /** A relevant party: holds a role the topic needs. */
  RELEVANT_PARTY,
  /** One of the pupil's named liaison persons (LP36-4a), and so a relevant party. */
  NAMED_LIAISON_PERSON
}

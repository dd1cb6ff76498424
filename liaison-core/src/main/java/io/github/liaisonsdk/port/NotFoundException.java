package io.github.liaisonsdk.port;

import io.github.liaisonsdk.basics.LiaisonException;

/** A write referred to something the store does not hold, such as an amendment to an unknown record. */
public class NotFoundException extends LiaisonException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what was missing, naming ids, never content
   */
  public NotFoundException(String message) {
    super(message);
  }
}

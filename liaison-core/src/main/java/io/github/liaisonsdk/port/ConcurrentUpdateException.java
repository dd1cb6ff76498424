package io.github.liaisonsdk.port;

import io.github.liaisonsdk.basics.LiaisonException;

/**
 * A write lost a race or repeated one: another writer saved that plan version, used that record id or appended
 * that audit sequence number first. Nothing of the failed write was stored; re-read and try again.
 */
public class ConcurrentUpdateException extends LiaisonException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what conflicted, naming ids and versions, never content
   */
  public ConcurrentUpdateException(String message) {
    super(message);
  }
}

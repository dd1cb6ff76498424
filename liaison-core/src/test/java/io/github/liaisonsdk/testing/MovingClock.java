package io.github.liaisonsdk.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** A clock a test moves on by hand, in London: days pass between two calls of one facade. Thread-safe. */
public final class MovingClock extends Clock {
  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private volatile Instant now;

  /**
   * A clock standing at an instant.
   *
   * @param now where it stands
   */
  public MovingClock(Instant now) {
    this.now = now;
  }

  /**
   * Moves the clock.
   *
   * @param to where it stands from now on
   */
  public void set(Instant to) {
    now = to;
  }

  @Override
  public ZoneId getZone() {
    return LONDON;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public Instant instant() {
    return now;
  }
}

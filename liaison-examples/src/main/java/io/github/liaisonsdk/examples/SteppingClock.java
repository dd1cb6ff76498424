package io.github.liaisonsdk.examples;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** A clock the demo moves by hand, so a whole term runs in a second and every run prints the same dates. */
final class SteppingClock extends Clock {
  private final ZoneId zone;
  private volatile Instant now;

  SteppingClock(Instant start, ZoneId zone) {
    this.now = start;
    this.zone = zone;
  }

  void set(Instant instant) {
    this.now = instant;
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId other) {
    return new SteppingClock(now, other);
  }

  @Override
  public Instant instant() {
    return now;
  }
}

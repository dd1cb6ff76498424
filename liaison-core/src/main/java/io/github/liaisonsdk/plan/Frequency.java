package io.github.liaisonsdk.plan;

/** How often routine communication happens (LP36-4b); monitoring derives the expected contacts from it. */
public enum Frequency {
  /** Every school day. */
  DAILY(1),
  /** Every week. */
  WEEKLY(7),
  /** Every two weeks. */
  FORTNIGHTLY(14),
  /** Every month. */
  MONTHLY(30),
  /** Every half term, about six weeks. */
  HALF_TERMLY(42),
  /** Every term, about thirteen weeks. */
  TERMLY(91);

  private final int nominalDays;

  Frequency(int nominalDays) {
    this.nominalDays = nominalDays;
  }

  /**
   * The nominal number of calendar days between two routine contacts.
   *
   * @return days, at least 1
   */
  public int nominalDays() {
    return nominalDays;
  }

  /**
   * The school days a routine contact may wait after the last one before it is overdue: the school days in the
   * nominal interval (a week's five, a fortnight's ten, a day's one).
   *
   * @return school days, at least 1
   */
  public int schoolDayAllowance() {
    return (int) Math.max(1, Math.round(nominalDays * 5.0 / 7.0));
  }
}

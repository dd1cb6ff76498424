package io.github.liaisonsdk.testing;

import io.github.liaisonsdk.Liaison;
import io.github.liaisonsdk.basics.SchoolId;
import io.github.liaisonsdk.confidentiality.ConfidentialText;
import io.github.liaisonsdk.contact.CaseId;
import io.github.liaisonsdk.policy.StandardPacks;
import io.github.liaisonsdk.port.LiaisonStore;
import io.github.liaisonsdk.port.SchoolStores;
import io.github.liaisonsdk.pupil.ResidenceContext;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * A school under test beside a neighbour that holds the test school's staff, pupils, plans, records and a case, under
 * the same ids the contract's own tests use: a statement that forgets its school returns the neighbour's rows, or
 * collides with them, and the contract fails.
 */
public final class Neighbours {
  /** The school whose store the contract tests. */
  public static final SchoolId UNDER_TEST = SchoolId.of("school-under-test");
  /** The school next door. */
  public static final SchoolId NEIGHBOUR = SchoolId.of("school-next-door");

  private Neighbours() {}

  /**
   * Fills the neighbour's records through its facade, then gives the store of the school under test.
   *
   * @param stores every school's stores, empty
   * @return the (empty) store of the school under test
   */
  public static LiaisonStore besideANeighbour(SchoolStores stores) {
    Liaison neighbour = TestSchool.open(StandardPacks.lp36(), stores.school(NEIGHBOUR),
        Clock.fixed(Fixtures.MORNING, ZoneOffset.UTC));
    for (int i = 0; i < 12; i++) {
      ResidenceContext context = ResidenceContext.values()[i % ResidenceContext.values().length];
      neighbour.records().record(Fixtures.record("record-" + i, context,
          Fixtures.MORNING.minusSeconds(86_400L * (i + 1))));
    }
    neighbour.outOfHours().disclose(CaseId.of("case-1"), Fixtures.pupilId(ResidenceContext.BOARDING),
        Fixtures.TEACHER, false, ConfidentialText.of(Fixtures.MARKER + " neighbours"), Optional.empty());
    return stores.school(UNDER_TEST);
  }
}

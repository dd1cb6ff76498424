package io.github.liaisonsdk.testing;

import io.github.liaisonsdk.Liaison;
import io.github.liaisonsdk.confidentiality.Topic;
import io.github.liaisonsdk.plan.ContactPersonId;
import io.github.liaisonsdk.policy.PolicyPack;
import io.github.liaisonsdk.port.LiaisonStore;
import io.github.liaisonsdk.pupil.ResidenceContext;
import io.github.liaisonsdk.sharing.Purpose;
import io.github.liaisonsdk.sharing.Recipient;
import io.github.liaisonsdk.sharing.RecipientKind;
import io.github.liaisonsdk.sharing.SharingRequest;
import io.github.liaisonsdk.staff.Designation;
import io.github.liaisonsdk.staff.StaffId;
import io.github.liaisonsdk.staff.StaffMember;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A small school set up through the facade, as a vendor's MIS synchronisation would: one member of staff in each
 * post, a pupil in every residence context of LP36-3, each with the plan of {@link Fixtures#plan} (the teacher
 * named on the school side, approved by the headteacher).
 */
public final class TestSchool {
  public static final StaffId TEACHER = Fixtures.TEACHER;
  public static final StaffId HEAD = Fixtures.HEAD;
  public static final StaffId LINE_MANAGER = StaffId.of("staff-line-manager");
  public static final StaffId ASSISTANT_HEAD = StaffId.of("staff-assistant-head");
  public static final StaffId SUPPORT_ASSISTANT = StaffId.of("staff-support-assistant");
  public static final StaffId DSL = StaffId.of("staff-dsl");
  public static final StaffId SITE_MANAGER = StaffId.of("staff-site-manager");
  public static final StaffId OFFICE = StaffId.of("staff-office");
  public static final StaffId COLLEAGUE = StaffId.of("staff-colleague");

  private TestSchool() {}

  /** Every member of staff of the test school. */
  public static List<StaffMember> staff() {
    return List.of(
        member(TEACHER, LINE_MANAGER, Designation.TEACHER),
        member(HEAD, null, Designation.HEADTEACHER),
        member(LINE_MANAGER, HEAD, Designation.LINE_MANAGER),
        member(ASSISTANT_HEAD, HEAD, Designation.ASSISTANT_HEADTEACHER),
        member(SUPPORT_ASSISTANT, TEACHER, Designation.SUPPORT_ASSISTANT),
        member(DSL, HEAD, Designation.DESIGNATED_SAFEGUARDING_LEAD),
        member(SITE_MANAGER, HEAD, Designation.SITE_MANAGER),
        member(OFFICE, HEAD, Designation.OFFICE),
        member(COLLEAGUE, LINE_MANAGER, Designation.TEACHER));
  }

  private static StaffMember member(StaffId id, StaffId lineManager, Designation post) {
    return StaffMember.builder()
        .id(id)
        .designations(Set.of(post))
        .lineManager(java.util.Optional.ofNullable(lineManager))
        .build();
  }

  /** A facade over the store with the school's staff, pupils and plans written through it. */
  public static Liaison open(PolicyPack pack, LiaisonStore store, Clock clock) {
    Liaison liaison = Liaison.builder().pack(pack).store(store).clock(clock).build();
    populate(liaison);
    return liaison;
  }

  /** Writes the school's staff, pupils and plans through the facade. */
  public static void populate(Liaison liaison) {
    staff().forEach(liaison.school()::synchroniseStaff);
    for (ResidenceContext context : ResidenceContext.values()) {
      liaison.school().synchronisePupil(Fixtures.pupil(context));
      liaison.school().approvePlan(Fixtures.plan(context));
    }
  }

  /**
   * Every question the school's staff can ask about the boarding pupil: each member of staff, topic and recipient
   * (each member of staff, the pupil's family contact, each kind of outside recipient), shuffled with a fixed seed.
   */
  public static List<SharingRequest> everyAsk() {
    List<Recipient> recipients = new ArrayList<>();
    staff().forEach(m -> recipients.add(Recipient.staff(m.id())));
    recipients.add(Recipient.familyContact(ContactPersonId.of("counterpart")));
    for (RecipientKind kind :
        List.of(
            RecipientKind.OTHER_GROUP_SERVICE,
            RecipientKind.LA_SAFEGUARDING_TEAM,
            RecipientKind.EXTERNAL_AGENCY,
            RecipientKind.PUBLIC)) {
      recipients.add(Recipient.outside(kind));
    }
    List<SharingRequest> all = new ArrayList<>();
    for (StaffMember asker : staff()) {
      for (Topic topic : Topic.values()) {
        for (Recipient recipient : recipients) {
          all.add(
              SharingRequest.builder()
                  .requester(asker.id())
                  .pupil(Fixtures.pupilId(ResidenceContext.BOARDING))
                  .topic(topic)
                  .recipient(recipient)
                  .purpose(Purpose.INFORMATION_REQUEST)
                  .build());
        }
      }
    }
    Collections.shuffle(all, new Random(20261201L));
    return all;
  }
}

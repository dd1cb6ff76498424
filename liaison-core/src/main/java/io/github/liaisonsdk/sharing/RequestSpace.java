package io.github.liaisonsdk.sharing;

import io.github.liaisonsdk.confidentiality.Topic;
import io.github.liaisonsdk.staff.Designation;
import java.util.function.IntConsumer;

/**
 * Every distinct request a pack can be asked, as packed facts: every topic, level (and unclassified), requester
 * post, recipient (staff by post and relevance), involvement in other services, urgency and consultation state.
 */
final class RequestSpace {
  private static final int TOPICS = Topic.values().length;
  private static final int LEVELS = Facts.UNCLASSIFIED + 1;
  private static final int DESIGNATIONS = Designation.values().length;
  private static final int RECIPIENTS = RecipientKind.values().length;
  private static final int RELEVANCE = Relevance.values().length;

  private RequestSpace() {}

  static long size() {
    long recipients = (long) DESIGNATIONS * RELEVANCE + (RECIPIENTS - 1);
    return (long) TOPICS * LEVELS * DESIGNATIONS * recipients * 2 * 2 * 3 * 3 * 3 * 4;
  }

  static void forEach(IntConsumer action) {
    for (int topic = 0; topic < TOPICS; topic++) {
      for (int level = 0; level < LEVELS; level++) {
        for (int requester = 0; requester < DESIGNATIONS; requester++) {
          for (int recipient = 0; recipient < RECIPIENTS; recipient++) {
            boolean staff = recipient == Facts.STAFF;
            for (int designation = 0; designation < (staff ? DESIGNATIONS : 1); designation++) {
              for (int relevance = 0; relevance < (staff ? RELEVANCE : 1); relevance++) {
                int recipientDesignation = staff ? designation : Facts.NO_DESIGNATION;
                for (int other = 0; other < 2; other++) {
                  for (int risk = 0; risk < 2; risk++) {
                    for (int lm = 0; lm < 3; lm++) {
                      for (int head = 0; head < 3; head++) {
                        for (int dsl = 0; dsl < 3; dsl++) {
                          for (int la = 0; la < 4; la++) {
                            action.accept(
                                Facts.pack(
                                    topic,
                                    level,
                                    requester,
                                    recipient,
                                    recipientDesignation,
                                    relevance,
                                    other == 1,
                                    risk == 1,
                                    lm,
                                    head,
                                    dsl,
                                    la));
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
}

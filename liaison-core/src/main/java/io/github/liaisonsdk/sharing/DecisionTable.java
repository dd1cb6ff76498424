package io.github.liaisonsdk.sharing;

/**
 * The coordinates of the decision-relevant request space. No standard rule reads the requester's post, so a
 * decision is a function of topic, level, recipient (with post and relevance for staff), involvement in other
 * services, urgency and the four consultation states: under a million cells, small enough for a byte per cell.
 */
final class DecisionTable {
  private static final int STAFF_CELLS = io.github.liaisonsdk.staff.Designation.values().length * 3;
  private static final int RECIPIENTS = STAFF_CELLS + RecipientKind.values().length - 1;
  static final int CELLS = 11 * 6 * RECIPIENTS * 2 * 2 * 3 * 3 * 3 * 4;

  private DecisionTable() {}

  /**
   * The cell of packed facts.
   *
   * @param f packed facts
   * @return the cell, or -1 for facts outside the table's space
   */
  static int cell(int f) {
    int recipient = Facts.recipient(f);
    int recipientCell;
    if (recipient == Facts.STAFF) {
      int designation = Facts.recipientDesignation(f);
      if (designation >= Facts.NO_DESIGNATION) {
        return -1;
      }
      recipientCell = designation * 3 + Facts.relevance(f);
    } else {
      recipientCell = STAFF_CELLS - 1 + recipient;
    }
    int lm = Facts.lineManager(f);
    int head = Facts.headship(f);
    int dsl = Facts.dsl(f);
    if (lm > 2 || head > 2 || dsl > 2) {
      return -1;
    }
    int cell = Facts.topic(f);
    cell = cell * 6 + Facts.level(f);
    cell = cell * RECIPIENTS + recipientCell;
    cell = cell * 2 + (Facts.otherServices(f) ? 1 : 0);
    cell = cell * 2 + (Facts.atRisk(f) ? 1 : 0);
    cell = cell * 3 + lm;
    cell = cell * 3 + head;
    cell = cell * 3 + dsl;
    return cell * 4 + Facts.laTeam(f);
  }
}

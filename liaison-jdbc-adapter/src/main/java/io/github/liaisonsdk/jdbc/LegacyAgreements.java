package io.github.liaisonsdk.jdbc;

import io.github.liaisonsdk.audit.AuditEvent;
import io.github.liaisonsdk.audit.StoredAuditEvent;
import io.github.liaisonsdk.json.LiaisonJson;
import io.github.liaisonsdk.port.ConcurrentUpdateException;
import io.github.liaisonsdk.sharing.SafeguardingAgreement;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Before schema version 5, a safeguarding agreement was kept only inside its audit event. The migration to
 * version 5 copies each such agreement into the agreements table once, so they are read by pupil from then on.
 * The events themselves stay as they are: the chain's hashes cover them.
 */
final class LegacyAgreements {
  private static final Logger LOG = LoggerFactory.getLogger(LegacyAgreements.class);
  private static final int PAGE = 1_000;

  private LegacyAgreements() {}

  static void moveOutOfTrail(JdbcStore store) {
    int moved = 0;
    long from = 1;
    while (true) {
      // Raw rows, each parsed on its own: a damaged event is verification's to report, not a reason
      // to fail here.
      List<StoredAuditEvent> page = store.audit().readStored(from, PAGE);
      for (StoredAuditEvent row : page) {
        if (!"WRITE".equals(row.type()) || !row.document().contains("safeguarding agreement")) {
          continue;
        }
        Optional<SafeguardingAgreement> agreement = agreementIn(row);
        if (agreement.isEmpty()) {
          continue;
        }
        try {
          store
              .agreements()
              .save(Migrator.checksum(LiaisonJson.write(agreement.get())), agreement.get());
          moved++;
        } catch (ConcurrentUpdateException alreadyMoved) {
          // a rerun of the step: the agreement is in the table already
        }
      }
      if (page.size() < PAGE) {
        break;
      }
      from = page.get(page.size() - 1).sequence() + 1;
    }
    if (moved > 0) {
      LOG.info("moved {} safeguarding agreements from the audit trail to their own table", moved);
    }
  }

  private static Optional<SafeguardingAgreement> agreementIn(StoredAuditEvent row) {
    try {
      AuditEvent event = LiaisonJson.read(row.document(), AuditEvent.class);
      String held = event.details().get("agreement");
      if (!"safeguarding agreement".equals(event.details().get("event"))
          || held == null
          || !held.startsWith("{")) {
        return Optional.empty();
      }
      return Optional.of(LiaisonJson.read(held, SafeguardingAgreement.class));
    } catch (RuntimeException unreadable) {
      // Named by number only: the text may hold names.
      LOG.warn(
          "audit event {} does not parse, so any safeguarding agreement in it stays in the trail only",
          row.sequence());
      return Optional.empty();
    }
  }
}

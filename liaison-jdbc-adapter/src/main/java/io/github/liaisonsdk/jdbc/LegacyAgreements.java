package io.github.liaisonsdk.jdbc;

import io.github.liaisonsdk.audit.AuditEvent;
import io.github.liaisonsdk.json.LiaisonJson;
import io.github.liaisonsdk.port.ConcurrentUpdateException;
import io.github.liaisonsdk.sharing.SafeguardingAgreement;
import java.util.List;
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
      List<AuditEvent> page = store.audit().read(from, PAGE);
      for (AuditEvent event : page) {
        String held = event.details().get("agreement");
        if ("safeguarding agreement".equals(event.details().get("event")) && held != null && held.startsWith("{")) {
          SafeguardingAgreement agreement;
          try {
            agreement = LiaisonJson.read(held, SafeguardingAgreement.class);
          } catch (RuntimeException unreadable) {
            // Named by number only: the text may hold names. The rest of the trail's agreements still move.
            LOG.warn("the safeguarding agreement in audit event {} does not parse and stays in the trail only",
                event.sequence());
            continue;
          }
          try {
            store.agreements().save(Migrator.checksum(LiaisonJson.write(agreement)), agreement);
            moved++;
          } catch (ConcurrentUpdateException alreadyMoved) {
            // a rerun of the migration: the agreement is in the table already
          }
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
}

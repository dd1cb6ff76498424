package io.github.liaisonsdk;

import io.github.liaisonsdk.audit.AuditEventType;
import io.github.liaisonsdk.policy.PackDocument;
import io.github.liaisonsdk.policy.PolicyPack;
import io.github.liaisonsdk.port.LiaisonStore;
import io.github.liaisonsdk.sharing.Consultation;
import io.github.liaisonsdk.sharing.Decision;
import io.github.liaisonsdk.sharing.DecisionEngine;
import io.github.liaisonsdk.sharing.SharingRequest;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The SDK facade: one policy pack, one store, one clock. Every use case goes through it and is held to the pack;
 * every decision it takes is written to the audit trail.
 *
 * <p>Build once at start-up and share: thread-safe.
 *
 * <pre>{@code
 * Liaison liaison = Liaison.builder()
 *     .pack(StandardPacks.lp36())
 *     .store(InMemoryStore.create())
 *     .clock(Clock.systemUTC())
 *     .build();
 * Decision decision = liaison.decide(request);
 * }</pre>
 */
public final class Liaison {
  private final PolicyPack pack;
  private final LiaisonStore store;
  private final Clock clock;
  private final DecisionEngine engine;
  private final AuditTrail audit;

  private Liaison(Builder builder) {
    this.pack = Objects.requireNonNull(builder.pack, "pack");
    this.store = Objects.requireNonNull(builder.store, "store");
    this.clock = Objects.requireNonNull(builder.clock, "clock");
    this.engine = DecisionEngine.compile(pack);
    this.audit = new AuditTrail(store.audit(), clock);
    registerPack();
  }

  /**
   * Starts a facade.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The pack the facade enforces.
   *
   * @return the pack
   */
  public PolicyPack pack() {
    return pack;
  }

  /**
   * The store.
   *
   * @return the store
   */
  public LiaisonStore store() {
    return store;
  }

  /**
   * The audit trail.
   *
   * @return the trail
   */
  public AuditTrail audit() {
    return audit;
  }

  /**
   * Decides a sharing request under the pack and records the decision in the audit trail: outcome, clauses, pack
   * and hash, and the request's pseudonymous facts. The request holds no confidential text, so neither does the
   * event.
   *
   * @param request the request
   * @return the decision
   */
  public Decision decide(SharingRequest request) {
    Decision decision = engine.decide(request);
    Map<String, String> details = new LinkedHashMap<>();
    details.put("outcome", decision.outcome().name());
    decision.denyReason().ifPresent(reason -> details.put("denyReason", reason.name()));
    details.put("clauses", String.join(",", decision.clauses()));
    if (!decision.consult().isEmpty()) {
      details.put("consult", decision.consult().stream().map(Enum::name).collect(Collectors.joining(",")));
    }
    details.put("pack", pack.id() + "@" + pack.version());
    details.put("packHash", pack.contentHash());
    details.put("topic", request.topic().name());
    details.put("level", request.level().map(Enum::name).orElse("UNCLASSIFIED"));
    details.put("recipient", request.recipient().name());
    request.recipientDesignation().ifPresent(d -> details.put("recipientDesignation", d.name()));
    details.put("requesterDesignation", request.requesterDesignation().name());
    details.put("purpose", request.purpose().name());
    details.put("urgency", request.urgency().name());
    if (!request.consultations().isEmpty()) {
      details.put("consultations", request.consultations().stream()
          .map(c -> c.role() + ":" + c.outcome()).collect(Collectors.joining(",")));
      details.put("consultees", request.consultations().stream()
          .map(Liaison::consultee).collect(Collectors.joining(";")));
    }
    audit.record(AuditEventType.DECISION, Optional.of(request.requester()), request.pupil().value(), details);
    return decision;
  }

  private static String consultee(Consultation c) {
    return c.consulteeName() + " (" + c.consulteeDesignation() + ")";
  }

  private void registerPack() {
    PackDocument document = PackDocument.of(pack.id(), pack.version(), pack.toJson());
    if (store.packs().find(pack.id(), pack.version()).isEmpty()) {
      store.inTransaction(tx -> {
        tx.packs().save(document);
        new AuditTrail(tx.audit(), clock).record(AuditEventType.POLICY_PACK, Optional.empty(),
            pack.id() + "@" + pack.version(), Map.of("packHash", pack.contentHash(), "event", "loaded"));
        return null;
      });
    } else {
      // Already registered: saving again is a no-op, or refuses a different pack under the same version.
      store.packs().save(document);
    }
  }

  /** Builds a {@link Liaison}. Not thread-safe; the facade it builds is. */
  public static final class Builder {
    private PolicyPack pack;
    private LiaisonStore store;
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /**
     * The policy pack to enforce.
     *
     * @param pack the pack
     * @return this
     */
    public Builder pack(PolicyPack pack) {
      this.pack = pack;
      return this;
    }

    /**
     * The store.
     *
     * @param store the store
     * @return this
     */
    public Builder store(LiaisonStore store) {
      this.store = store;
      return this;
    }

    /**
     * The clock every timestamp comes from.
     *
     * @param clock the clock; the system UTC clock if not set
     * @return this
     */
    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /**
     * Builds the facade, compiling the pack and registering it in the store.
     *
     * @return the facade
     */
    public Liaison build() {
      return new Liaison(this);
    }
  }
}

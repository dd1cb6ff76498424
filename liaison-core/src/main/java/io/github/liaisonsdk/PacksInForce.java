package io.github.liaisonsdk;

import io.github.liaisonsdk.basics.LiaisonException;
import io.github.liaisonsdk.policy.PackDocument;
import io.github.liaisonsdk.policy.PolicyPack;
import io.github.liaisonsdk.policy.PolicyPackLoader;
import io.github.liaisonsdk.port.LiaisonStore;
import io.github.liaisonsdk.publication.PolicyPublication;
import io.github.liaisonsdk.sharing.DecisionEngine;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Which version of the school's pack is in force on a day (LP36-9): the facade's own pack (the baseline the vendor
 * configured), or a later version the school published through its review, from the day it comes into force. The
 * highest version number in force on the day wins, so a vendor who configures a newer baseline is not overridden by
 * an older publication.
 *
 * <p>The schedule is read from the school's records once a day (at the first call on a new school day) and at once
 * after this facade publishes. A publication comes into force two days or more after the day it is made, so every
 * facade of the school, in any process, whose clock is less than a day out, has read it before its first day in
 * force. Thread-safe.
 */
final class PacksInForce {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PacksInForce.class);

  /** A pack and its compiled engine: what one call decides under. */
  record InForce(PolicyPack pack, DecisionEngine engine) {}

  private record Schedule(LocalDate day, InForce inForce, List<PolicyPublication> publications) {}

  private final PolicyPack baseline;
  private final InForce baselineInForce;
  private final Function<PolicyPack, DecisionEngine> compiler;
  private final LiaisonStore store;
  private final Clock clock;
  private final ZoneId zone;

  /** Published versions loaded so far, by content hash. */
  private final Map<String, PolicyPack> loaded = new ConcurrentHashMap<>();

  /** Engines compiled so far, by content hash: only for a version that has come into force, once per facade. */
  private final Map<String, DecisionEngine> engines = new ConcurrentHashMap<>();

  private volatile Schedule schedule;

  PacksInForce(
      PolicyPack baseline,
      DecisionEngine engine,
      Function<PolicyPack, DecisionEngine> compiler,
      LiaisonStore store,
      Clock clock,
      ZoneId zone) {
    this.baseline = baseline;
    this.baselineInForce = new InForce(baseline, engine);
    this.compiler = compiler;
    this.store = store;
    this.clock = clock;
    this.zone = zone;
  }

  /** The facade's configured pack, whatever is in force. */
  PolicyPack baseline() {
    return baseline;
  }

  /** The pack in force now, and its engine. */
  InForce now() {
    LocalDate today = clock.instant().atZone(zone).toLocalDate();
    Schedule held = schedule;
    if (held != null && held.day().equals(today)) {
      return held.inForce();
    }
    return refresh(today);
  }

  /** The pack in force on a day, by the schedule as last read. */
  PolicyPack on(LocalDate day) {
    Schedule held = schedule;
    if (held == null) {
      now();
      held = schedule;
    }
    return pick(held.publications(), day, store);
  }

  /**
   * The highest version the school holds, published or configured by any facade, in force or still to come, as a
   * unit of work reads the school's records now (not the schedule as last read): what the next draft follows and
   * who must sign it. A document another facade registered is read for its metadata over this facade's group.
   */
  PolicyPack latestIn(LiaisonStore in) {
    Optional<PackDocument> highest =
        in.packs().versions(baseline.id()).stream()
            .filter(document -> document.version() > baseline.version())
            .max(Comparator.comparingInt(PackDocument::version));
    return highest.map(document -> load(baseline, document.json())).orElse(baseline);
  }

  /** Reads the schedule again, now: after a publication by this facade. */
  void published() {
    schedule = null;
    now();
  }

  private synchronized InForce refresh(LocalDate today) {
    Schedule held = schedule;
    if (held != null && held.day().equals(today)) {
      return held.inForce();
    }
    List<PolicyPublication> publications =
        store.publication().publications(baseline.id()).stream()
            .filter(p -> p.version().version() > baseline.version())
            .sorted(Comparator.comparingInt((PolicyPublication p) -> p.version().version()))
            .toList();
    PolicyPack pack = pick(publications, today, store);
    InForce inForce =
        pack == baseline
            ? baselineInForce
            : new InForce(
                pack, engines.computeIfAbsent(pack.contentHash(), hash -> compiler.apply(pack)));
    if (held == null ? pack != baseline : held.inForce().pack() != pack) {
      LOG.info(
          "school {} decides under policy pack {}@{} (sha256 {}) from {}",
          store.school(),
          io.github.liaisonsdk.internal.LogSafe.of(pack.id()),
          pack.version(),
          pack.contentHash(),
          today);
    }
    schedule = new Schedule(today, inForce, publications);
    return inForce;
  }

  private PolicyPack pick(List<PolicyPublication> publications, LocalDate day, LiaisonStore in) {
    Optional<PolicyPublication> latest =
        publications.stream()
            .filter(p -> !p.inForceFrom().isAfter(day))
            .max(Comparator.comparingInt(p -> p.version().version()));
    return latest.map(publication -> load(publication, in)).orElse(baseline);
  }

  private PolicyPack load(PolicyPublication publication, LiaisonStore in) {
    return loaded.computeIfAbsent(
        publication.version().contentHash(),
        hash -> {
          PackDocument document =
              in.packs()
                  .find(publication.version().pack(), publication.version().version())
                  .orElseThrow(
                      () ->
                          new LiaisonException(
                              "the school's records publish "
                                  + publication.version().pack()
                                  + " version "
                                  + publication.version().version()
                                  + " but do not hold its document"));
          PolicyPack pack = load(baseline, document.json());
          if (!pack.contentHash().equals(hash)) {
            throw new LiaisonException(
                "the school's records hold a document of "
                    + publication.version().pack()
                    + " version "
                    + publication.version().version()
                    + " that is not the one published: its content hash"
                    + " differs");
          }
          return pack;
        });
  }

  /** A document of the school's pack, a site's loaded over the group pack the facade was configured with. */
  static PolicyPack load(PolicyPack baseline, String json) {
    PolicyPackLoader loader = PolicyPackLoader.create();
    baseline.group().ifPresent(group -> loader.load(group.toJson()));
    return loader.load(json);
  }
}

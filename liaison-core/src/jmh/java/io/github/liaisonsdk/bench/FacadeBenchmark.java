package io.github.liaisonsdk.bench;

import io.github.liaisonsdk.Liaison;
import io.github.liaisonsdk.memory.InMemoryStore;
import io.github.liaisonsdk.policy.StandardPacks;
import io.github.liaisonsdk.sharing.Decision;
import io.github.liaisonsdk.sharing.DecisionEngine;
import io.github.liaisonsdk.sharing.SharingRequest;
import io.github.liaisonsdk.sharing.StatedRequest;
import io.github.liaisonsdk.testing.TestSchool;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.casbin.jcasbin.main.Enforcer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The path a vendor calls: {@code liaison.sharing().decide(request)} on an in-memory store, which reads the facts
 * from the school's records and appends the decision to the hash-chained audit trail, side by side in one run with
 * the bare engine on stated facts and jCasbin's ABAC matcher on the same facts. The audited figure is what an MIS
 * pays per decision; the other two show what the records and the audit add.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class FacadeBenchmark {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-24T09:00:00Z"), ZoneOffset.UTC);

  private Liaison liaison;
  private SharingRequest[] asks;
  private StatedRequest[] stated;
  private Object[][] abacArgs;
  private DecisionEngine engine;
  private Enforcer abac;
  private int next;

  @Setup(Level.Trial)
  public void requests() {
    List<SharingRequest> all = TestSchool.everyAsk();
    asks = all.toArray(new SharingRequest[0]);
    engine = DecisionEngine.compile(StandardPacks.lp36());
    Random random = new Random(20261124L);
    stated = new StatedRequest[asks.length];
    abacArgs = new Object[asks.length][];
    for (int i = 0; i < asks.length; i++) {
      stated[i] = DecisionBenchmark.randomRequest(random, i);
      abacArgs[i] = DecisionBenchmark.args(stated[i]);
    }
    abac = DecisionBenchmark.abacEnforcer();
  }

  /** A fresh school each iteration, so the in-memory audit trail does not grow without bound. */
  @Setup(Level.Iteration)
  public void school() {
    liaison = TestSchool.open(StandardPacks.lp36(), InMemoryStore.create(), CLOCK);
  }

  @Benchmark
  public Decision auditedFacadeInMemory() {
    SharingRequest ask = asks[next++ % asks.length];
    return liaison.sharing().decide(ask);
  }

  /** Building and validating the question a vendor asks: the request's own rules, before any record is read. */
  @Benchmark
  public SharingRequest buildingARequest() {
    SharingRequest ask = asks[next++ % asks.length];
    return SharingRequest.builder()
        .requester(ask.requester())
        .pupil(ask.pupil())
        .topic(ask.topic())
        .recipient(ask.recipient())
        .purpose(ask.purpose())
        .build();
  }

  /**
   * A cold start, once per fork: the pack loaded from its JSON and compiled, a facade built over a store holding
   * the school, and its first decision (facts read from the store, the engine's first answer for that cell).
   */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  @Fork(5)
  public Decision coldStart(ColdSchool school) {
    // The group pack and the site pack read from the jar and loaded, as a vendor's start-up does.
    io.github.liaisonsdk.policy.PolicyPack pack = StandardPacks.lp36();
    Liaison cold = Liaison.builder().pack(pack).store(school.store).clock(CLOCK).build();
    return cold.sharing().decide(asks[0]);
  }

  /** A school already in a store, for the cold start. */
  @State(Scope.Benchmark)
  public static class ColdSchool {
    InMemoryStore store;

    @Setup(Level.Trial)
    public void school() {
      store = InMemoryStore.create();
      TestSchool.populate(
          Liaison.builder().pack(StandardPacks.lp36()).store(store).clock(CLOCK).build());
    }
  }

  @Benchmark
  public Decision engineOnStatedFacts() {
    return engine.decide(stated[next++ % stated.length]);
  }

  @Benchmark
  public boolean jcasbinAbacMatcher() {
    return abac.enforce(abacArgs[next++ % abacArgs.length]);
  }
}

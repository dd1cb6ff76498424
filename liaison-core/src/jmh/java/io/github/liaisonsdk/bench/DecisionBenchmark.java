package io.github.liaisonsdk.bench;

import io.github.liaisonsdk.confidentiality.ConfidentialityLevel;
import io.github.liaisonsdk.confidentiality.Topic;
import io.github.liaisonsdk.policy.StandardPacks;
import io.github.liaisonsdk.pupil.PupilId;
import io.github.liaisonsdk.pupil.ServiceId;
import io.github.liaisonsdk.sharing.Consultation;
import io.github.liaisonsdk.sharing.ConsultationOutcome;
import io.github.liaisonsdk.sharing.ConsulteeRole;
import io.github.liaisonsdk.sharing.Decision;
import io.github.liaisonsdk.sharing.DecisionEngine;
import io.github.liaisonsdk.sharing.Outcome;
import io.github.liaisonsdk.sharing.Purpose;
import io.github.liaisonsdk.sharing.RecipientKind;
import io.github.liaisonsdk.sharing.Relevance;
import io.github.liaisonsdk.sharing.StatedRequest;
import io.github.liaisonsdk.sharing.WhoInforms;
import io.github.liaisonsdk.staff.Designation;
import io.github.liaisonsdk.staff.StaffId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.casbin.jcasbin.main.Enforcer;
import org.casbin.jcasbin.model.Model;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One explained decision under the LP36 pack, against jCasbin doing the same permit check in its two usual
 * configurations (an ABAC matcher with no policy rows; explicit permit rows) and a hand-coded floor. Every peer is
 * checked at set-up to give the same PERMIT / not-PERMIT answer as the engine on every request used.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DecisionBenchmark {

  /** How many pupils the requests are spread over: the engine should not care. */
  @Param({"1000", "100000"})
  public int pupils;

  private StatedRequest[] requests;
  private Object[][] abacArgs;
  private Object[][] rowArgs;
  private int[][] facts;
  private DecisionEngine engine;
  private Enforcer abac;
  private Enforcer rows;
  private int next;

  private static final String EL = "(r.level == 5 ? 2 : r.level)";
  private static final String SG = "(r.topic == 6 || r.level == 4)";
  private static final String SPG =
      "(r.topic == 10 && r.rcp == 0 && r.rel == 2 && " + EL + " <= 2)";
  static final String ABAC_MATCHER =
      "!(r.level == 5 && r.head != 1)"
          + " && !(r.rcp != 0 && "
          + EL
          + " >= 2 && !("
          + SG
          + " && (r.rcp == 4 || (r.rcp == 3 && r.other == 1))))"
          + " && !(r.rcp == 0 && ("
          + EL
          + " == 2 || "
          + EL
          + " == 4) && !"
          + SPG
          + " && !(r.rel != 0 && r.lm == 1))"
          + " && !("
          + EL
          + " == 3 && !(r.rcp == 0 && (r.des == 3 || r.des == 4)))"
          + " && !("
          + SG
          + " && ((r.rcp == 3 && r.other == 1 && r.la != 1) || (r.rcp == 4 && r.dsl != 1)))"
          + " && (r.level == 0 || (r.rcp == 0 && r.level <= 1)"
          + " || (r.rcp == 0 && ("
          + EL
          + " == 2 || "
          + EL
          + " == 4) && !"
          + SPG
          + " && r.rel != 0 && r.lm == 1)"
          + " || ("
          + EL
          + " == 3 && r.rcp == 0 && (r.des == 3 || r.des == 4))"
          + " || (r.rcp == 1 && r.topic != 10 && r.level <= 1) || "
          + SPG
          + " || ("
          + SG
          + " && ((r.rcp == 3 && r.other == 1 && r.la == 1) || (r.rcp == 4 && r.dsl == 1))))";

  private static final String REQUEST =
      "[request_definition]\nr = topic, level, rcp, des, rel, other, lm, head, dsl, la\n";

  @Setup(Level.Trial)
  public void setUp() {
    engine = DecisionEngine.compile(StandardPacks.lp36());
    Random random = new Random(20261124L);
    requests = new StatedRequest[pupils];
    abacArgs = new Object[pupils][];
    rowArgs = new Object[pupils][];
    facts = new int[pupils][];
    for (int i = 0; i < pupils; i++) {
      requests[i] = randomRequest(random, i);
      abacArgs[i] = args(requests[i]);
      facts[i] = new int[abacArgs[i].length];
      for (int k = 0; k < facts[i].length; k++) {
        facts[i][k] = (Integer) abacArgs[i][k];
      }
      Object[] strings = new Object[abacArgs[i].length];
      for (int k = 0; k < strings.length; k++) {
        strings[k] = String.valueOf(abacArgs[i][k]);
      }
      rowArgs[i] = strings;
    }
    abac = abacEnforcer();
    rows =
        enforcer(
            REQUEST
                + "[policy_definition]\np = topic, level, rcp, des, rel, other, lm, head, dsl, la\n"
                + "[policy_effect]\ne = some(where (p.eft == allow))\n[matchers]\nm = r.topic == p.topic"
                + " && r.level == p.level && r.rcp == p.rcp && r.des == p.des && r.rel == p.rel && r.other == p.other"
                + " && r.lm == p.lm && r.head == p.head && r.dsl == p.dsl && r.la == p.la\n");
    List<List<String>> permitted = permitRows();
    for (List<String> row : permitted) {
      rows.addPolicy(row);
    }
    System.err.println("jCasbin permit rows: " + permitted.size());
    for (int i = 0; i < Math.min(pupils, 5_000); i++) {
      Outcome outcome = engine.decide(requests[i]).outcome();
      boolean permit = outcome == Outcome.PERMIT;
      if (abac.enforce(abacArgs[i]) != permit
          || HandCoded.decide(facts[i]).outcome != outcome.name().charAt(0)
          || i < 50 && rows.enforce(rowArgs[i]) != permit) {
        throw new IllegalStateException(
            "peers disagree on request " + i + ": " + requests[i].requestFacts());
      }
    }
  }

  /** jCasbin with the ABAC matcher over the request fields, no policy rows, logging off. */
  static Enforcer abacEnforcer() {
    return enforcer(
        REQUEST
            + "[policy_definition]\np = sub, obj, act\n[policy_effect]\n"
            + "e = some(where (p.eft == allow))\n[matchers]\nm = "
            + ABAC_MATCHER
            + "\n");
  }

  private static Enforcer enforcer(String modelText) {
    Model model = new Model();
    model.loadModelFromText(modelText);
    Enforcer enforcer = new Enforcer(model);
    enforcer.enableLog(false);
    return enforcer;
  }

  /** Every permitted combination of the facts, as explicit rows: what a new user of a row-based model writes. */
  static List<List<String>> permitRows() {
    List<List<String>> rows = new ArrayList<>();
    for (int topic = 0; topic < Topic.values().length; topic++) {
      for (int level = 0; level < 6; level++) {
        for (int rcp = 0; rcp < RecipientKind.values().length; rcp++) {
          for (int des = 0; des < (rcp == 0 ? 8 : 1); des++) {
            for (int rel = 0; rel < (rcp == 0 ? 3 : 1); rel++) {
              for (int other = 0; other < 2; other++) {
                for (int lm = 0; lm < 3; lm++) {
                  for (int head = 0; head < 3; head++) {
                    for (int dsl = 0; dsl < 3; dsl++) {
                      for (int la = 0; la < 4; la++) {
                        int d = rcp == 0 ? des : 8;
                        if (HandCoded.decide(
                                topic, level, rcp, d, rel, other == 1, lm, head, dsl, la)
                            == HandCoded.PERMIT) {
                          rows.add(
                              List.of(
                                  String.valueOf(topic),
                                  String.valueOf(level),
                                  String.valueOf(rcp),
                                  String.valueOf(d),
                                  String.valueOf(rel),
                                  String.valueOf(other),
                                  String.valueOf(lm),
                                  String.valueOf(head),
                                  String.valueOf(dsl),
                                  String.valueOf(la)));
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
    return rows;
  }

  static Object[] args(StatedRequest r) {
    return new Object[] {
      r.topic().ordinal(),
      r.level().map(Enum::ordinal).orElse(5),
      r.recipient().ordinal(),
      r.recipientDesignation().map(Enum::ordinal).orElse(8),
      r.recipientRelevance().ordinal(),
      r.pupilInOtherServices() ? 1 : 0,
      HandCoded.state(r, ConsulteeRole.LINE_MANAGER),
      HandCoded.state(r, ConsulteeRole.HEADSHIP),
      HandCoded.state(r, ConsulteeRole.DESIGNATED_SAFEGUARDING_LEAD),
      HandCoded.state(r, ConsulteeRole.LA_SAFEGUARDING_TEAM)
    };
  }

  private static <E> E pick(Random random, E[] values) {
    return values[random.nextInt(values.length)];
  }

  static StatedRequest randomRequest(Random random, int pupil) {
    RecipientKind recipient =
        random.nextBoolean() ? RecipientKind.STAFF_IN_SCHOOL : pick(random, RecipientKind.values());
    boolean staff = recipient == RecipientKind.STAFF_IN_SCHOOL;
    var request =
        StatedRequest.builder()
            .pupil(PupilId.of("UPN-" + pupil))
            .topic(pick(random, Topic.values()))
            .originService(ServiceId.of("school"))
            .requester(StaffId.of("T-" + random.nextInt(200)))
            .requesterDesignation(pick(random, Designation.values()))
            .recipient(recipient)
            .pupilInOtherServices(random.nextBoolean())
            .purpose(pick(random, Purpose.values()));
    int level = random.nextInt(6);
    if (level < 5) {
      request.level(ConfidentialityLevel.values()[level]);
    }
    if (staff) {
      request
          .recipientDesignation(pick(random, Designation.values()))
          .recipientRelevance(pick(random, Relevance.values()));
    }
    for (ConsulteeRole role : ConsulteeRole.values()) {
      int state = random.nextInt(3);
      if (state > 0) {
        var consultation =
            Consultation.builder()
                .role(role)
                .consulteeName("Consultee")
                .consulteeDesignation(role.name())
                .consultedAt(Instant.parse("2026-10-01T10:00:00Z"))
                .outcome(state == 1 ? ConsultationOutcome.AGREED : ConsultationOutcome.DECLINED);
        if (state == 1 && role == ConsulteeRole.LA_SAFEGUARDING_TEAM && random.nextBoolean()) {
          consultation.whoInformsOtherServices(WhoInforms.REFERRER);
        }
        request.addConsultation(consultation.build());
      }
    }
    return request.build();
  }

  private int index() {
    int i = next;
    next = i + 1 == pupils ? 0 : i + 1;
    return i;
  }

  @Benchmark
  public Decision liaisonExplainedDecision() {
    return engine.decide(requests[index()]);
  }

  @Benchmark
  public boolean jcasbinAbacMatcher() {
    return abac.enforce(abacArgs[index()]);
  }

  @Benchmark
  public boolean jcasbinPermitRows() {
    return rows.enforce(rowArgs[index()]);
  }

  @Benchmark
  public HandCoded.Result handCodedFloor() {
    return HandCoded.decide(facts[index()]);
  }
}

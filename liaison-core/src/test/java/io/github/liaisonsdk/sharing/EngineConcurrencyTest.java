package io.github.liaisonsdk.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.liaisonsdk.policy.PolicyPack;
import io.github.liaisonsdk.policy.StandardPacks;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The engine fills its decision table lazily while it answers, so a cold engine shared by many threads is where a
 * race would show: every thread must get the answer a single-threaded engine gives.
 */
class EngineConcurrencyTest {
  private static final int THREADS = 8;
  private static final int STRIDE = 35;
  private static final long SEED = 0x5EED_C0DEL;

  static List<PolicyPack> packs() {
    return List.of(StandardPacks.hsl(), StandardPacks.lp36());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("packs")
  @DisplayName(
      "HSL-1: a cold engine shared by eight threads answers every request as a single-threaded one does")
  void concurrentAnswersEqualSingleThreaded(PolicyPack pack) throws Exception {
    int[] requests = sampleOfRequestSpace();
    DecisionEngine reference = DecisionEngine.compile(pack);
    Decision[] expected = new Decision[requests.length];
    for (int i = 0; i < requests.length; i++) {
      expected[i] = reference.decideByRules(requests[i]);
    }

    DecisionEngine shared = DecisionEngine.compile(pack);
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<Integer>> mismatches = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int[] order = shuffledIndices(requests.length, new SplittableRandom(SEED + t));
        mismatches.add(
            pool.submit(
                () -> {
                  start.await();
                  int wrong = 0;
                  for (int i : order) {
                    if (!shared.decide(requests[i]).equals(expected[i])) {
                      wrong++;
                    }
                  }
                  return wrong;
                }));
      }
      start.countDown();
      int total = 0;
      for (Future<Integer> f : mismatches) {
        total += f.get(2, TimeUnit.MINUTES);
      }
      assertThat(total).as("answers that differ from the single-threaded engine").isZero();
    } finally {
      pool.shutdownNow();
    }
    // After the race the table is warm: it still answers as the rules do.
    for (int i = 0; i < requests.length; i++) {
      assertThat(shared.decide(requests[i])).isEqualTo(expected[i]);
    }
  }

  private static int[] sampleOfRequestSpace() {
    int[] sample = new int[(int) (PolicyVerifier.requestSpaceSize() / STRIDE) + 1];
    int[] counters = new int[2];
    RequestSpace.forEach(
        f -> {
          if (counters[0]++ % STRIDE == 0) {
            sample[counters[1]++] = f;
          }
        });
    assertThat(counters[1]).isGreaterThan(200_000);
    return java.util.Arrays.copyOf(sample, counters[1]);
  }

  private static int[] shuffledIndices(int n, SplittableRandom random) {
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int swap = order[i];
      order[i] = order[j];
      order[j] = swap;
    }
    return order;
  }
}

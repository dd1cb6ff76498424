package io.github.liaisonsdk.examples;

import static io.github.liaisonsdk.examples.MisFixture.TEACHER;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.liaisonsdk.confidentiality.Topic;
import io.github.liaisonsdk.json.LiaisonJson;
import io.github.liaisonsdk.sharing.Purpose;
import io.github.liaisonsdk.sharing.Recipient;
import io.github.liaisonsdk.sharing.RecipientKind;
import io.github.liaisonsdk.sharing.SharingRequest;
import io.github.liaisonsdk.staff.StaffId;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Slow and hostile clients cannot starve the service: 200 connections at once, 50 of them authenticated requests
 * that declare a body and then stall it, while the other 150 carry 1,000 ordinary requests, each of which must be
 * answered within its client timeout. Afterwards the service answers as before, and the server itself has closed
 * every stalled connection. RawHttp sockets, so the test controls exactly how many connections are open; every read has
 * a timeout and every loop a bound.
 */
class MisSlowClientsTest {
  static final int CONNECTIONS = 200;
  static final int STALLED = 50;
  static final int REQUESTS = 1_000;
  // Shorter than the idle timeout: a server whose workers wait on stalled bodies cannot answer
  // within it.
  static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(4);
  static final Duration IDLE_TIMEOUT = Duration.ofSeconds(6);

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  @DisplayName(
      "HSL-1: 50 stalled bodies among 200 connections do not delay 1,000 ordinary requests; the server closes the stalled connections")
  void stalledBodiesDoNotStarveOthers() throws Exception {
    try (MisFixture mis =
        MisFixture.inMemory(b -> b.idleTimeout(IDLE_TIMEOUT).requestTimeout(Duration.ofSeconds(8)))
            .seeded()) {
      URI base = mis.service.baseUri();
      String token = mis.staff(TEACHER);
      String decision =
          LiaisonJson.write(
              SharingRequest.builder()
                  .requester(StaffId.of(TEACHER))
                  .pupil(mis.plan.pupil())
                  .topic(Topic.RISKS)
                  .recipient(Recipient.outside(RecipientKind.EXTERNAL_AGENCY))
                  .purpose(Purpose.INFORMATION_REQUEST)
                  .build());
      String chronology =
          "GET /pupils/"
              + mis.plan.pupil().value()
              + "/chronology HTTP/1.1\r\nHost: test\r\n"
              + "Authorization: Bearer "
              + token
              + "\r\n\r\n";
      String decide =
          "POST /decisions HTTP/1.1\r\nHost: test\r\nAuthorization: Bearer "
              + token
              + "\r\nContent-Type: application/json\r\nContent-Length: "
              + decision.getBytes(StandardCharsets.UTF_8).length
              + "\r\n\r\n"
              + decision;

      List<RawHttp> stalled = new ArrayList<>();
      try {
        for (int i = 0; i < STALLED; i++) {
          RawHttp raw = RawHttp.open(base, Duration.ofSeconds(20));
          // Headers that pass every check, a body promised and never sent past its first bytes.
          raw.write(
              "POST /contacts HTTP/1.1\r\nHost: test\r\nAuthorization: Bearer "
                  + token
                  + "\r\nContent-Type: application/json\r\nContent-Length: 4096\r\n\r\n{\"id\":");
          stalled.add(raw);
        }

        ExecutorService clients = Executors.newFixedThreadPool(CONNECTIONS - STALLED);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger answered = new AtomicInteger();
        List<Future<List<String>>> results = new ArrayList<>();
        for (int c = 0; c < CONNECTIONS - STALLED; c++) {
          results.add(
              clients.submit(
                  () -> {
                    List<String> problems = new ArrayList<>();
                    try (RawHttp raw = RawHttp.open(base, CLIENT_TIMEOUT)) {
                      for (int i = next.getAndIncrement();
                          i < REQUESTS;
                          i = next.getAndIncrement()) {
                        int status = raw.exchange(i % 2 == 0 ? chronology : decide);
                        if (status != 200) {
                          problems.add("request " + i + " answered " + status);
                        } else {
                          answered.incrementAndGet();
                        }
                      }
                    } catch (IOException e) {
                      // A client timeout (SocketTimeoutException) included: the request was not
                      // answered in time.
                      problems.add(e.getClass().getSimpleName());
                    }
                    return problems;
                  }));
        }
        clients.shutdown();
        List<String> problems = new ArrayList<>();
        for (Future<List<String>> result : results) {
          problems.addAll(result.get(50, TimeUnit.SECONDS));
        }
        assertThat(problems).isEmpty();
        assertThat(answered.get()).isEqualTo(REQUESTS);

        // The server, not the client, ends the stalled requests: each stream ends (after a 408, or
        // at once).
        int closedByServer = 0;
        List<Integer> statuses = new ArrayList<>();
        for (RawHttp raw : stalled) {
          try {
            String answer = raw.readToEnd();
            closedByServer++;
            if (answer.startsWith("HTTP/1.1 ")) {
              statuses.add(Integer.parseInt(answer.substring(9, 12)));
            }
          } catch (SocketTimeoutException stillOpen) {
            // Counted as not closed.
          } catch (IOException reset) {
            closedByServer++;
          }
        }
        assertThat(closedByServer)
            .as("stalled connections closed by the server's timeout")
            .isEqualTo(STALLED);
        assertThat(statuses).allMatch(s -> s == 408);
      } finally {
        for (RawHttp raw : stalled) {
          raw.close();
        }
      }

      try (RawHttp after = RawHttp.open(base, CLIENT_TIMEOUT)) {
        assertThat(after.exchange(decide)).as("the service answers as before").isEqualTo(200);
        assertThat(after.lastBody).contains("\"outcome\":\"DENY\"");
      }
    }
  }
}

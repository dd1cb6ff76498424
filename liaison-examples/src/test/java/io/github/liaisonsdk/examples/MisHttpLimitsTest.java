package io.github.liaisonsdk.examples;

import static io.github.liaisonsdk.examples.MisFixture.TEACHER;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The protocol's bounds, over raw sockets: header size, body size however it is sent, and a trickling body. */
class MisHttpLimitsTest {
  static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(10);

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  @DisplayName(
      "headers over the limit are a JSON 431; a body declared far over the limit a 413 before it is sent; a chunked one over the limit a 413 that leaves the connection usable")
  void sizes() throws Exception {
    try (MisFixture mis = MisFixture.inMemory().seeded()) {
      URI base = mis.service.baseUri();
      String token = mis.staff(TEACHER);
      try (RawHttp raw = RawHttp.open(base, CLIENT_TIMEOUT)) {
        assertThat(
                raw.exchange(
                    "GET /contacts/r-1 HTTP/1.1\r\nHost: test\r\nAuthorization: Bearer "
                        + token
                        + "\r\nX-Padding: "
                        + "x".repeat(MisIntegrationService.MAX_HEADERS)
                        + "\r\n\r\n"))
            .isEqualTo(431);
        assertThat(raw.lastBody).startsWith("{\"error\":\"http\"");
      }
      try (RawHttp raw = RawHttp.open(base, CLIENT_TIMEOUT)) {
        assertThat(
                raw.exchange(
                    "POST /decisions HTTP/1.1\r\nHost: test\r\nAuthorization: Bearer "
                        + token
                        + "\r\nContent-Type: application/json\r\nContent-Length: "
                        + (10 << 20)
                        + "\r\n\r\n"))
            .isEqualTo(413);
        assertThat(raw.lastBody).contains("too large");
      }
      try (RawHttp raw = RawHttp.open(base, CLIENT_TIMEOUT)) {
        raw.write(
            "POST /decisions HTTP/1.1\r\nHost: test\r\nAuthorization: Bearer "
                + token
                + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
        byte[] chunk = new byte[64 * 1024];
        Arrays.fill(chunk, (byte) ' ');
        for (int i = 0; i < 24; i++) {
          raw.write(
              (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
          raw.write(chunk);
          raw.write("\r\n");
        }
        raw.write("0\r\n\r\n");
        assertThat(raw.answer()).as("1.5 MiB in chunks").isEqualTo(413);
        assertThat(
                raw.exchange(
                    "GET /pupils/"
                        + mis.plan.pupil().value()
                        + "/chronology HTTP/1.1\r\nHost: test\r\n"
                        + "Authorization: Bearer "
                        + token
                        + "\r\n\r\n"))
            .as("the same connection, after the 413")
            .isEqualTo(200);
      }
      try (RawHttp raw = RawHttp.open(base, CLIENT_TIMEOUT)) {
        assertThat(
                raw.exchange(
                    "POST /decisions HTTP/1.1\r\nHost: test\r\nAuthorization: Bearer "
                        + token
                        + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                        + "FFFFFFFFFFFFFFFFFF\r\n{}\r\n0\r\n\r\n"))
            .as("a chunk size no body could have is a malformed request, not a stalled one")
            .isEqualTo(400);
        assertThat(raw.lastBody).contains("malformed");
      }
    }
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  @DisplayName(
      "a body that trickles in a byte at a time, never idle for long, is ended by the request deadline with a 408")
  void tricklingBody() throws Exception {
    try (MisFixture mis =
        MisFixture.inMemory(
                b -> b.idleTimeout(Duration.ofSeconds(5)).requestTimeout(Duration.ofSeconds(2)))
            .seeded()) {
      ExecutorService trickle = Executors.newSingleThreadExecutor();
      try (RawHttp raw = RawHttp.open(mis.service.baseUri(), CLIENT_TIMEOUT)) {
        raw.write(
            "POST /decisions HTTP/1.1\r\nHost: test\r\nAuthorization: Bearer "
                + mis.staff(TEACHER)
                + "\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n");
        trickle.submit(
            () -> {
              // At most 60 bytes, one each 200 ms: well past the 2 s deadline, never near the 5 s
              // idle timeout.
              for (int i = 0; i < 60; i++) {
                raw.write(" ");
                Thread.sleep(200);
              }
              return null;
            });
        assertThat(raw.answer()).isEqualTo(408);
        assertThat(raw.lastBody).contains("did not arrive within");
      } catch (IOException e) {
        throw new AssertionError("the server should answer 408 before closing", e);
      } finally {
        trickle.shutdownNow();
        assertThat(trickle.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
      }
    }
  }
}

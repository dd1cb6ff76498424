package io.github.liaisonsdk.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Looks for the confidential marker in everything the module's test run wrote: every SLF4J line, every test's
 * captured output and report, and the message of every exception created, thrown or not, as the flight recorder
 * saw it. Runs in a surefire execution of its own after the module's suite (see the parent POM); a module opts in
 * with a subclass named {@code WholeRunLeakCheckTest}.
 *
 * <p>Exceptions of this library must never carry the marker. Parsers and drivers do quote their input in their own
 * exceptions (Jackson when a hostile document holds the marker where a date belongs); the library drops those
 * messages, never chaining them, and that is checked where they are caught ({@code HostileJsonCorpusTest}, the
 * JDBC adapter's withheld causes). Here they are counted, so the figure is visible.
 */
public abstract class WholeRunLeakCheck {
  private static final Path TARGET = Path.of(System.getProperty("leakcheck.target", "target"));
  private static final Path RECORDING = TARGET.resolve("leak-check-exceptions.jfr");
  private static final Path LOG = TARGET.resolve("leak-check-slf4j.log");
  private static final Path REPORTS = TARGET.resolve("surefire-reports");
  private static final String OURS = "io.github.liaisonsdk.";
  private static final String INVISIBLE = "[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]";

  private static final List<String[]> EXCEPTIONS = new ArrayList<>();
  private static String log;
  private static final Map<Path, String> REPORT_FILES = new TreeMap<>();

  @BeforeAll
  static void readTheRun() throws IOException {
    // A build that ran none of this module's tests (-Dtest naming another module's class) has
    // nothing to check.
    Assumptions.assumeTrue(
        Files.exists(RECORDING) || testReports() > 0, "no tests of this module ran");
    assertThat(RECORDING)
        .as("the flight recording of the test run (surefire argLine in the parent POM)")
        .exists();
    try (RecordingFile recording = new RecordingFile(RECORDING)) {
      while (recording.hasMoreEvents()) {
        RecordedEvent event = recording.readEvent();
        String name = event.getEventType().getName();
        if (name.equals("jdk.JavaExceptionThrow") || name.equals("jdk.JavaErrorThrow")) {
          String message = event.getString("message");
          EXCEPTIONS.add(
              new String[] {
                event.getClass("thrownClass").getName(), message == null ? "" : message
              });
        }
      }
    }
    assertThat(LOG)
        .as("the SLF4J log of the test run (surefire system properties in the parent POM)")
        .exists();
    log = Files.readString(LOG, StandardCharsets.UTF_8);
    if (Files.isDirectory(REPORTS)) {
      try (Stream<Path> files = Files.list(REPORTS)) {
        files
            .filter(f -> !f.getFileName().toString().contains("WholeRunLeakCheck"))
            .forEach(
                f -> {
                  try {
                    REPORT_FILES.put(f, Files.readString(f, StandardCharsets.UTF_8));
                  } catch (IOException e) {
                    throw new UncheckedIOException(e);
                  }
                });
      }
    }
    long foreign =
        EXCEPTIONS.stream()
            .filter(e -> e[1].contains(Fixtures.MARKER) && !e[0].startsWith(OURS))
            .count();
    System.out.printf(
        "RELIABILITY leak-check: %d exceptions created, %d log lines, %d report files;"
            + " marker in our exceptions %d, in the log %d, in reports %d; foreign exceptions quoting it %d %s%n",
        EXCEPTIONS.size(),
        log.lines().count(),
        REPORT_FILES.size(),
        ours().size(),
        count(log),
        REPORT_FILES.values().stream().mapToLong(WholeRunLeakCheck::count).sum(),
        foreign,
        foreignClasses());
  }

  @Test
  @DisplayName(
      "the capture works: the canary planted at the start of the run is in the recording and the log")
  void canaryIsFound() {
    // Not anySatisfy: a failure would print every one of the run's exceptions.
    assertThat(EXCEPTIONS.stream().anyMatch(e -> e[1].contains(LeakCanary.CANARY)))
        .as(
            "the canary among %d recorded exceptions (is the recording's maxsize large enough?)",
            EXCEPTIONS.size())
        .isTrue();
    assertThat(log).contains(LeakCanary.CANARY);
  }

  @Test
  @DisplayName(
      "HSL-9, LP36-6: no exception of the library, created anywhere in the run, quotes confidential text")
  void noExceptionOfOursCarriesTheMarker() {
    assertThat(ours()).isEmpty();
  }

  @Test
  @DisplayName(
      "HSL-9, LP36-6: no log line and no test output or report of the run quotes confidential text")
  void noLogOrOutputCarriesTheMarker() {
    assertThat(count(log)).as("log lines with the marker").isZero();
    REPORT_FILES.forEach(
        (file, text) -> assertThat(count(text)).as(file.getFileName().toString()).isZero());
  }

  @Test
  @DisplayName(
      "log injection: no log line holds a raw control, separator or bidirectional-override character")
  void logLinesCannotBeForged() {
    List<String> forged = new ArrayList<>();
    log.lines()
        .forEach(
            line -> {
              for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                int type = Character.getType(c);
                if ((Character.isISOControl(c) && c != '\t')
                    || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR
                    || type == Character.FORMAT) {
                  forged.add(
                      String.format("U+%04X in: %s", (int) c, line.replaceAll(INVISIBLE, "?")));
                  return;
                }
              }
            });
    assertThat(forged).isEmpty();
    assertThat(log.indexOf('\r'))
        .as("a carriage return, which would overwrite a line on a terminal")
        .isNegative();
  }

  private static long testReports() throws IOException {
    if (!Files.isDirectory(REPORTS)) {
      return 0;
    }
    try (Stream<Path> files = Files.list(REPORTS)) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(n -> n.startsWith("TEST-") && !n.contains("WholeRunLeakCheck"))
          .count();
    }
  }

  private static List<String> ours() {
    return EXCEPTIONS.stream()
        .filter(e -> e[0].startsWith(OURS) && e[1].contains(Fixtures.MARKER))
        .map(e -> e[0])
        .toList();
  }

  private static String foreignClasses() {
    return EXCEPTIONS.stream()
        .filter(e -> e[1].contains(Fixtures.MARKER) && !e[0].startsWith(OURS))
        .map(e -> e[0])
        .distinct()
        .sorted()
        .toList()
        .toString();
  }

  private static long count(String text) {
    long n = 0;
    for (int i = text.indexOf(Fixtures.MARKER); i >= 0; i = text.indexOf(Fixtures.MARKER, i + 1)) {
      n++;
    }
    return n;
  }
}

package io.github.liaisonsdk.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Gates the mutation profile per package: reads PIT's {@code mutations.xml}, computes each package's score, writes
 * the table to a Markdown file and fails if a package listed in the thresholds file scores below its floor. PIT's
 * own threshold is one number for everything; the packages that decide, record and audit deserve their own.
 *
 * <p>Run by the {@code mutation} profile: {@code mvn -B -pl liaison-core -Pmutation verify}.
 */
public final class MutationGate {
  private static final Set<String> DETECTED =
      Set.of("KILLED", "TIMED_OUT", "MEMORY_ERROR", "RUN_ERROR");

  private MutationGate() {}

  /** One package's tally. */
  record Score(int detected, int survived, int noCoverage, int total) {
    double percent() {
      return total == 0 ? 100 : 100.0 * detected / total;
    }
  }

  /**
   * Checks the scores.
   *
   * @param args the path of {@code mutations.xml}, of the thresholds file, and of the Markdown table to write
   * @throws Exception if a file cannot be read, or {@link IllegalStateException} if a package is below its floor
   */
  public static void main(String[] args) throws Exception {
    Map<String, Score> scores = scores(Path.of(args[0]));
    Properties floors = new Properties();
    try (InputStream in = Files.newInputStream(Path.of(args[1]))) {
      floors.load(in);
    }
    StringBuilder table =
        new StringBuilder(
            "| package | mutants | detected | survived | no coverage | score | floor |\n"
                + "| --- | --- | --- | --- | --- | --- | --- |\n");
    List<String> below = new ArrayList<>();
    int detected = 0;
    int total = 0;
    for (Map.Entry<String, Score> e : scores.entrySet()) {
      Score s = e.getValue();
      String floor = floors.getProperty(e.getKey());
      detected += s.detected();
      total += s.total();
      table.append(
          String.format(
              "| `%s` | %d | %d | %d | %d | %.1f%% | %s |%n",
              e.getKey(),
              s.total(),
              s.detected(),
              s.survived(),
              s.noCoverage(),
              s.percent(),
              floor == null ? "" : floor + "%"));
      if (floor != null && s.percent() < Double.parseDouble(floor)) {
        below.add(
            String.format(
                "%s scores %.1f%%, below its floor of %s%%", e.getKey(), s.percent(), floor));
      }
    }
    for (String gated : floors.stringPropertyNames()) {
      if (!scores.containsKey(gated)) {
        below.add(gated + " has a floor but no mutants: is the package still there?");
      }
    }
    table.append(
        String.format(
            "| all | %d | %d | | | %.1f%% | |%n", total, detected, 100.0 * detected / total));
    Files.writeString(Path.of(args[2]), table.toString(), StandardCharsets.UTF_8);
    System.out.print(table);
    if (!below.isEmpty()) {
      throw new IllegalStateException("mutation scores fell: " + String.join("; ", below));
    }
  }

  static Map<String, Score> scores(Path mutationsXml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    NodeList mutations;
    try (InputStream in = Files.newInputStream(mutationsXml)) {
      mutations = factory.newDocumentBuilder().parse(in).getElementsByTagName("mutation");
    } catch (IOException e) {
      throw new IOException(
          "no PIT report at " + mutationsXml + ": run the mutationCoverage goal first", e);
    }
    Map<String, int[]> counts = new TreeMap<>();
    for (int i = 0; i < mutations.getLength(); i++) {
      Element mutation = (Element) mutations.item(i);
      String status = mutation.getAttribute("status");
      if (status.equals("NON_VIABLE")) {
        continue;
      }
      String type = mutation.getElementsByTagName("mutatedClass").item(0).getTextContent();
      String pkg = type.substring(0, type.lastIndexOf('.'));
      int[] c = counts.computeIfAbsent(pkg, k -> new int[4]);
      c[3]++;
      if (DETECTED.contains(status)) {
        c[0]++;
      } else if (status.equals("SURVIVED")) {
        c[1]++;
      } else if (status.equals("NO_COVERAGE")) {
        c[2]++;
      }
    }
    Map<String, Score> scores = new TreeMap<>();
    counts.forEach((pkg, c) -> scores.put(pkg, new Score(c[0], c[1], c[2], c[3])));
    return scores;
  }
}

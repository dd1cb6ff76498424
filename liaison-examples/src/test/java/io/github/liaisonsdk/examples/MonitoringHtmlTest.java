package io.github.liaisonsdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.liaisonsdk.monitoring.CohortLiaison;
import io.github.liaisonsdk.monitoring.MonitoringReport;
import io.github.liaisonsdk.monitoring.PupilLiaison;
import io.github.liaisonsdk.monitoring.ReviewDueItem;
import io.github.liaisonsdk.plan.Frequency;
import io.github.liaisonsdk.pupil.PupilId;
import io.github.liaisonsdk.pupil.ResidenceContext;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class MonitoringHtmlTest {

  private static Document parse(String html) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
  }

  private static String text(Document doc, String xpath) throws Exception {
    return (String) XPathFactory.newInstance().newXPath().evaluate(xpath, doc, XPathConstants.STRING);
  }

  private static int count(Document doc, String xpath) throws Exception {
    return ((NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, doc, XPathConstants.NODESET))
        .getLength();
  }

  @Test
  @DisplayName("LP36-7: the page shows compliance by residence context, overdue pupils, emergency response and reviews due, escaped")
  void contentFromParsedHtml() throws Exception {
    MonitoringReport report = new MonitoringReport(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 18),
        "Europe/London", Instant.parse("2026-12-18T16:00:00Z"),
        List.of(new PupilLiaison(PupilId.of("UPN-<script>alert(1)</script>"), ResidenceContext.BOARDING,
            Optional.of("plan-1"), Optional.of(Frequency.WEEKLY), 15, 6, Optional.empty(), 40, List.of(12L),
            Set.of(), Set.of(), Set.of())),
        List.of(new CohortLiaison(ResidenceContext.BOARDING, 1, 1, 15, 6, 1, 1, 12),
            new CohortLiaison(ResidenceContext.DAY_WITH_FAMILY, 2, 2, 30, 30, 0, 0, -1)),
        List.of(), List.of(new ReviewDueItem("POLICY_PACK", "clare-hsl", LocalDate.of(2023, 4, 8), 1320)), List.of());
    String html = MonitoringHtml.render(report, "Coxlease School");
    assertThat(html).doesNotContain("<script").doesNotContain("src=").doesNotContain("href=");
    Document doc = parse(html);
    assertThat(text(doc, "//*[local-name()='h1']")).contains("Coxlease School");
    assertThat(count(doc, "//*[local-name()='table' and @id='cohorts']/*[local-name()='tr']")).isEqualTo(3);
    assertThat(text(doc, "//*[local-name()='table' and @id='cohorts']/*[local-name()='tr'][2]")).contains("Boarding")
        .contains("40%");
    assertThat(count(doc, "//*[local-name()='svg' and @id='compliance-chart']/*[local-name()='rect']")).isEqualTo(2);
    assertThat(text(doc, "//*[local-name()='svg' and @id='emergency-chart']")).contains("12 min");
    assertThat(html).contains("UPN-&lt;script&gt;alert(1)&lt;/script&gt;");
    assertThat(text(doc, "//*[local-name()='body']")).contains("clare-hsl").contains("2023-04-08");
  }

  @Test
  @DisplayName("LP36-7: the demo writes the report, self-contained, beside its database")
  void demoWritesTheReport(@TempDir Path dir) throws Exception {
    new Demo(new java.io.PrintStream(new java.io.ByteArrayOutputStream(), true, StandardCharsets.UTF_8), false)
        .run(dir.resolve("liaison"));
    String html = Files.readString(dir.resolve("monitoring-report.html"));
    Document doc = parse(html);
    assertThat(count(doc, "//*[local-name()='table' and @id='cohorts']/*[local-name()='tr']"))
        .isEqualTo(1 + ResidenceContext.values().length);
    assertThat(html).doesNotContain("<link").doesNotContain("<script").doesNotContain("<img");
    assertThat(text(doc, "//*[local-name()='body']")).contains("Overdue contact").contains("UPN-boarding");
  }
}

package io.github.liaisonsdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.liaisonsdk.monitoring.ChecklistGap;
import io.github.liaisonsdk.monitoring.CohortLiaison;
import io.github.liaisonsdk.monitoring.FileTransferDue;
import io.github.liaisonsdk.monitoring.Indicator;
import io.github.liaisonsdk.monitoring.LiaisonSeries;
import io.github.liaisonsdk.monitoring.MonitoringReport;
import io.github.liaisonsdk.monitoring.PupilLiaison;
import io.github.liaisonsdk.monitoring.ReviewDueItem;
import io.github.liaisonsdk.monitoring.SeriesPoint;
import io.github.liaisonsdk.monitoring.SupportPlanGap;
import io.github.liaisonsdk.plan.Frequency;
import io.github.liaisonsdk.pupil.PupilId;
import io.github.liaisonsdk.pupil.ResidenceContext;
import io.github.liaisonsdk.pupil.SupportPlanKind;
import io.github.liaisonsdk.staff.StaffId;
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
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    return factory
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
  }

  private static String text(Document doc, String xpath) throws Exception {
    return (String)
        XPathFactory.newInstance().newXPath().evaluate(xpath, doc, XPathConstants.STRING);
  }

  private static int count(Document doc, String xpath) throws Exception {
    return ((NodeList)
            XPathFactory.newInstance().newXPath().evaluate(xpath, doc, XPathConstants.NODESET))
        .getLength();
  }

  @Test
  @DisplayName(
      "LP36-7: the page shows compliance by residence context, overdue pupils, emergency response and reviews due, escaped")
  void contentFromParsedHtml() throws Exception {
    MonitoringReport report =
        new MonitoringReport(
            LocalDate.of(2026, 9, 1),
            LocalDate.of(2026, 12, 18),
            "Europe/London",
            Instant.parse("2026-12-18T16:00:00Z"),
            List.of(
                new PupilLiaison(
                    PupilId.of("UPN-<script>alert(1)</script>"),
                    ResidenceContext.BOARDING,
                    Optional.of("plan-1"),
                    Optional.of(Frequency.WEEKLY),
                    15,
                    6,
                    Optional.empty(),
                    40,
                    List.of(12L),
                    Set.of(),
                    Set.of(),
                    Set.of())),
            List.of(
                new CohortLiaison(
                    ResidenceContext.BOARDING, 1, 1, 15, 6, 1, 1, java.util.OptionalLong.of(12)),
                new CohortLiaison(
                    ResidenceContext.DAY_WITH_FAMILY,
                    2,
                    2,
                    30,
                    30,
                    0,
                    0,
                    java.util.OptionalLong.empty())),
            List.of(),
            List.of(new ReviewDueItem("POLICY_PACK", "clare-hsl", LocalDate.of(2023, 4, 8), 1320)),
            List.of(),
            3,
            List.of(
                new LiaisonSeries(
                    "SCHOOL",
                    "school",
                    List.of(
                        new SeriesPoint(
                            "2026-W52",
                            LocalDate.of(2026, 12, 21),
                            LocalDate.of(2026, 12, 27),
                            0,
                            0,
                            1)),
                    List.of(
                        new SeriesPoint(
                            "Autumn Term 2026",
                            LocalDate.of(2026, 9, 1),
                            LocalDate.of(2026, 12, 31),
                            70,
                            14,
                            12)))),
            List.of(
                new SupportPlanGap(
                    PupilId.of("UPN-7"), StaffId.of("T-<b>9"), SupportPlanKind.EHCP)),
            List.of(
                new Indicator(
                    "participation",
                    "all pupils",
                    "routine contacts with a family member",
                    3,
                    4,
                    Optional.of(0.75),
                    Optional.empty()),
                new Indicator(
                    "dissemination",
                    "all pupils",
                    "not measured",
                    0,
                    0,
                    Optional.empty(),
                    Optional.of("acknowledgements are not yet recorded"))),
            List.of(
                new FileTransferDue(
                    "T-<i>1", PupilId.of("UPN-8"), LocalDate.of(2026, 12, 11), true, true)),
            List.of(
                new ChecklistGap(
                    PupilId.of("UPN-9"),
                    "plan-<9>",
                    List.of("Method for emergency communication (4c)"))));
    String html = MonitoringHtml.render(report, "Coxlease School");
    assertThat(html).doesNotContain("<script").doesNotContain("src=").doesNotContain("href=");
    Document doc = parse(html);
    assertThat(text(doc, "//*[local-name()='h1']")).contains("Coxlease School");
    assertThat(count(doc, "//*[local-name()='table' and @id='cohorts']/*[local-name()='tr']"))
        .isEqualTo(3);
    assertThat(text(doc, "//*[local-name()='table' and @id='cohorts']/*[local-name()='tr'][2]"))
        .contains("Boarding")
        .contains("40%");
    assertThat(
            count(doc, "//*[local-name()='svg' and @id='compliance-chart']/*[local-name()='rect']"))
        .isEqualTo(2);
    // LP36-7 trends: the term's and the Christmas week's expected against recorded, from the
    // report's series.
    assertThat(text(doc, "//*[local-name()='table' and @id='terms']/*[local-name()='tr'][2]"))
        .contains("Autumn Term 2026")
        .contains("70")
        .contains("14.0")
        .contains("12");
    assertThat(text(doc, "//*[local-name()='table' and @id='weeks']/*[local-name()='tr'][2]"))
        .contains("2026-W52")
        .contains("0.0");
    assertThat(html).contains("T-&lt;b&gt;9 cannot see the EHCP of UPN-7");
    assertThat(text(doc, "//*[@id='file-transfers']/following-sibling::*[1]"))
        .as("LP36-4e: an overdue transfer")
        .contains("T-<i>1")
        .contains("UPN-8")
        .contains("2026-12-11")
        .contains("yes");
    assertThat(text(doc, "//*[@id='checklist']/following-sibling::*[1]"))
        .as("LP36-1: a plan not yet checked")
        .contains("plan-<9>")
        .contains("UPN-9")
        .contains("Method for emergency communication (4c)");
    // LP36-2: each aim with its value and definition, or why it is not measured.
    assertThat(text(doc, "//*[local-name()='table' and @id='indicators']/*[local-name()='tr'][2]"))
        .contains("participation")
        .contains("75% (3 of 4)")
        .contains("routine contacts with a family member");
    assertThat(text(doc, "//*[local-name()='table' and @id='indicators']/*[local-name()='tr'][3]"))
        .contains("not measured")
        .contains("acknowledgements are not yet recorded");
    assertThat(text(doc, "//*[local-name()='svg' and @id='emergency-chart']")).contains("12 min");
    assertThat(html).contains("UPN-&lt;script&gt;alert(1)&lt;/script&gt;");
    assertThat(text(doc, "//*[local-name()='body']")).contains("clare-hsl").contains("2023-04-08");
  }

  @Test
  @DisplayName("LP36-7: the demo writes the report, self-contained, beside its database")
  void demoWritesTheReport(@TempDir Path dir) throws Exception {
    new Demo(
            new java.io.PrintStream(
                new java.io.ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            false)
        .run(dir.resolve("liaison"));
    String html = Files.readString(dir.resolve("monitoring-report.html"));
    Document doc = parse(html);
    assertThat(count(doc, "//*[local-name()='table' and @id='cohorts']/*[local-name()='tr']"))
        .isEqualTo(1 + ResidenceContext.values().length);
    assertThat(html).doesNotContain("<link").doesNotContain("<script").doesNotContain("<img");
    assertThat(text(doc, "//*[local-name()='body']"))
        .contains("Overdue contact")
        .contains("UPN-boarding");
  }

  /** Text at its font size, estimated generously: 0.62 em a character fits any sans-serif the page falls back to. */
  private static double textRight(org.w3c.dom.Element text) {
    double x = Double.parseDouble(text.getAttribute("x"));
    double size = Double.parseDouble(text.getAttribute("font-size"));
    return x + text.getTextContent().length() * 0.62 * size;
  }

  @Test
  @DisplayName(
      "LP36-7: every chart label fits its chart, a bar over 100% is drawn longer than 100%, and each chart has a legend")
  void chartsAreReadable() throws Exception {
    MonitoringReport report =
        new MonitoringReport(
            LocalDate.of(2026, 9, 1),
            LocalDate.of(2026, 12, 18),
            "Europe/London",
            Instant.parse("2026-12-18T16:00:00Z"),
            List.of(),
            List.of(
                new CohortLiaison(
                    ResidenceContext.DAY_IN_CHILDRENS_HOME,
                    10,
                    10,
                    150,
                    171,
                    0,
                    12,
                    java.util.OptionalLong.of(999)),
                new CohortLiaison(
                    ResidenceContext.FE_ACCOMMODATION,
                    2,
                    2,
                    30,
                    30,
                    0,
                    1,
                    java.util.OptionalLong.of(9)),
                new CohortLiaison(
                    ResidenceContext.DAY_WITH_FAMILY,
                    2,
                    2,
                    30,
                    12,
                    2,
                    0,
                    java.util.OptionalLong.empty())),
            List.of(),
            List.of(),
            List.of(),
            3,
            List.of(
                new LiaisonSeries(
                    "SCHOOL",
                    "school",
                    List.of(
                        new SeriesPoint(
                            "2026-W51",
                            LocalDate.of(2026, 12, 14),
                            LocalDate.of(2026, 12, 20),
                            5,
                            14,
                            9),
                        new SeriesPoint(
                            "2026-W52",
                            LocalDate.of(2026, 12, 21),
                            LocalDate.of(2026, 12, 27),
                            0,
                            0,
                            0)),
                    List.of())),
            List.of(),
            List.of(),
            List.of(),
            List.of());
    Document doc = parse(MonitoringHtml.render(report, "Coxlease School"));
    NodeList svgs = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg");
    assertThat(svgs.getLength()).isEqualTo(3);
    for (int i = 0; i < svgs.getLength(); i++) {
      org.w3c.dom.Element svg = (org.w3c.dom.Element) svgs.item(i);
      double width = Double.parseDouble(svg.getAttribute("width"));
      NodeList texts = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
      for (int t = 0; t < texts.getLength(); t++) {
        org.w3c.dom.Element text = (org.w3c.dom.Element) texts.item(t);
        assertThat(textRight(text))
            .as(svg.getAttribute("id") + ": " + text.getTextContent())
            .isLessThanOrEqualTo(width);
      }
      if (!svg.getAttribute("id").equals("emergency-chart")) {
        assertThat(
                count(
                    doc,
                    "//*[@id='"
                        + svg.getAttribute("id")
                        + "']/*[local-name()='g' and @class='legend']"))
            .as("legend of " + svg.getAttribute("id"))
            .isEqualTo(1);
      }
    }
    assertThat(text(doc, "//*[@id='compliance-chart']"))
        .contains("Day pupil in a children's home")
        .contains("FE accommodation")
        .contains("114% (171 of 150)")
        .contains("80% or more");
    double over =
        Double.parseDouble(
            (String)
                XPathFactory.newInstance()
                    .newXPath()
                    .evaluate(
                        "//*[@id='compliance-chart']/*[local-name()='rect'][1]/@width",
                        doc,
                        XPathConstants.STRING));
    double full =
        Double.parseDouble(
            (String)
                XPathFactory.newInstance()
                    .newXPath()
                    .evaluate(
                        "//*[@id='compliance-chart']/*[local-name()='rect'][2]/@width",
                        doc,
                        XPathConstants.STRING));
    assertThat(over / full).isCloseTo(171.0 / 150, org.assertj.core.data.Offset.offset(0.01));
    assertThat(text(doc, "//*[@id='emergency-chart']"))
        .contains("999 min (12 contacts)")
        .contains("9 min (1 contact)");
    // LP36-4b / LP36-7 week by week: a bar per week, recorded against expected; the Christmas week
    // greyed.
    assertThat(count(doc, "//*[@id='weekly-chart']/*[local-name()='rect' and @class='actual']"))
        .isEqualTo(2);
    assertThat(text(doc, "//*[@id='weekly-chart']/*[local-name()='rect'][1]"))
        .contains("9 recorded, 14.0 expected");
    assertThat(
            (String)
                XPathFactory.newInstance()
                    .newXPath()
                    .evaluate(
                        "//*[@id='weekly-chart']/*[local-name()='rect'][2]/@fill",
                        doc,
                        XPathConstants.STRING))
        .isEqualTo("#cbd2d9");
  }
}

package io.github.liaisonsdk.examples;

import io.github.liaisonsdk.confidentiality.Topic;
import io.github.liaisonsdk.monitoring.ChecklistGap;
import io.github.liaisonsdk.monitoring.CohortLiaison;
import io.github.liaisonsdk.monitoring.FileTransferDue;
import io.github.liaisonsdk.monitoring.Indicator;
import io.github.liaisonsdk.monitoring.MonitoringReport;
import io.github.liaisonsdk.monitoring.PupilLiaison;
import io.github.liaisonsdk.monitoring.RepeatedOutOfHoursContact;
import io.github.liaisonsdk.monitoring.ReviewDueItem;
import io.github.liaisonsdk.monitoring.SeriesPoint;
import io.github.liaisonsdk.monitoring.SupportPlanGap;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The monitoring report as one self-contained page a headteacher reads (LP36-7): inline CSS and SVG charts, no
 * external assets, so it can be emailed or archived as it is. Every value is escaped. The page is well-formed
 * XHTML, so tools can parse it too.
 */
public final class MonitoringHtml {
  private static final int BAR_WIDTH = 360;

  private MonitoringHtml() {}

  /**
   * Renders a report.
   *
   * @param report the monitoring report
   * @param school the school's name, for the title
   * @return the page
   */
  public static String render(MonitoringReport report, String school) {
    StringBuilder html = new StringBuilder(16_384);
    html.append(
            "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en-GB\"><head>")
        .append("<meta charset=\"utf-8\"/><title>Home-school liaison monitoring — ")
        .append(escape(school))
        .append("</title><style>")
        .append(
            "body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:60rem;color:#1f2933}")
        .append(
            "h1{font-size:1.6rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #cbd2d9}")
        .append(
            "table{border-collapse:collapse;width:100%}td,th{padding:.3rem .5rem;text-align:left;")
        .append("border-bottom:1px solid #e4e7eb}th{background:#f5f7fa}.num{text-align:right}")
        .append(
            ".bad{color:#ab091e;font-weight:600}.ok{color:#1f7a3a}.note{color:#52606d;font-size:.9rem}")
        .append("</style></head><body>");
    html.append("<h1>Home-school liaison monitoring — ")
        .append(escape(school))
        .append("</h1>")
        .append("<p class=\"note\">Period ")
        .append(report.from())
        .append(" to ")
        .append(report.to())
        .append(" (")
        .append(escape(report.zone()))
        .append("), generated ")
        .append(report.generatedAt())
        .append(
            ". Monitoring as LP36-7 asks: routine contact against each plan, overdue contact, emergency")
        .append(" response, topic coverage and reviews due.</p>");

    html.append("<h2 id=\"compliance\">Routine contact by residence context</h2>");
    html.append(complianceChart(report));
    html.append("<table id=\"cohorts\"><tr><th>Residence context</th><th class=\"num\">Pupils</th>")
        .append(
            "<th class=\"num\">With plan</th><th class=\"num\">Contacts</th><th class=\"num\">Expected</th>")
        .append("<th class=\"num\">Compliance</th><th class=\"num\">Overdue</th></tr>");
    for (CohortLiaison cohort : report.cohorts()) {
      html.append("<tr><td>")
          .append(residence(cohort.residence()))
          .append("</td><td class=\"num\">")
          .append(cohort.pupils())
          .append("</td><td class=\"num\">")
          .append(cohort.withPlan())
          .append("</td><td class=\"num\">")
          .append(cohort.actualRoutineContacts())
          .append("</td><td class=\"num\">")
          .append(cohort.expectedRoutineContacts())
          .append("</td><td class=\"num ")
          .append(cohort.compliance() < 0.8 ? "bad" : "ok")
          .append("\">")
          .append(percent(cohort.compliance()))
          .append("</td><td class=\"num\">")
          .append(cohort.overduePupils())
          .append("</td></tr>");
    }
    html.append("</table>");

    html.append("<h2 id=\"overdue\">Overdue contact</h2>");
    var overdue =
        report.pupils().stream().filter(PupilLiaison::overdue).collect(Collectors.toList());
    if (overdue.isEmpty()) {
      html.append("<p>No pupil's routine contact is overdue.</p>");
    } else {
      html.append("<table><tr><th>Pupil</th><th>Residence context</th><th>Frequency</th>")
          .append("<th class=\"num\">Days overdue</th></tr>");
      for (PupilLiaison pupil : overdue) {
        html.append("<tr><td>")
            .append(escape(pupil.pupil().value()))
            .append("</td><td>")
            .append(residence(pupil.residence()))
            .append("</td><td>")
            .append(pupil.frequency().map(f -> label(f.name())).orElse(""))
            .append("</td><td class=\"num bad\">")
            .append(pupil.daysOverdue())
            .append("</td></tr>");
      }
      html.append("</table>");
    }

    html.append("<h2 id=\"emergency\">Emergency response (LP36-4c)</h2>");
    html.append(emergencyChart(report));

    html.append(
            "<h2 id=\"topics\">Topic coverage (LP36-5)</h2><table><tr><th>Pupil</th><th>Covered</th>")
        .append("<th>Not covered this period</th></tr>");
    for (PupilLiaison pupil : report.pupils()) {
      html.append("<tr><td>")
          .append(escape(pupil.pupil().value()))
          .append("</td><td>")
          .append(topics(pupil.topicsCovered()))
          .append("</td><td>")
          .append(topics(pupil.topicsMissing()))
          .append("</td></tr>");
    }
    html.append("</table>");

    report.series().stream()
        .filter(series -> series.scope().equals("SCHOOL"))
        .findFirst()
        .ifPresent(
            whole -> {
              html.append(
                      "<h2 id=\"trends\">Routine contact term by term and week by week (LP36-7)</h2>")
                  .append(
                      "<p>Expected contacts follow the term calendar: weeks without a school day expect none.</p>")
                  .append("<table id=\"terms\"><tr><th>Term</th><th class=\"num\">School days</th>")
                  .append("<th class=\"num\">Expected</th><th class=\"num\">Recorded</th></tr>");
              for (SeriesPoint term : whole.terms()) {
                point(html, term);
              }
              html.append("</table>").append(weeklyChart(whole.weeks()));
              html.append("<table id=\"weeks\"><tr><th>Week</th><th class=\"num\">School days</th>")
                  .append("<th class=\"num\">Expected</th><th class=\"num\">Recorded</th></tr>");
              for (SeriesPoint week : whole.weeks()) {
                point(html, week);
              }
              html.append("</table>");
            });

    html.append(
            "<h2 id=\"aims\">The aims as indicators (LP36-2)</h2><table id=\"indicators\"><tr><th>Aim</th>")
        .append("<th>Pupils</th><th class=\"num\">Value</th><th>How it is measured</th></tr>");
    for (Indicator indicator : report.indicators()) {
      html.append("<tr><td>")
          .append(escape(indicator.aim()))
          .append("</td><td>")
          .append(escape(indicator.cohort()))
          .append("</td><td class=\"num\">")
          .append(
              indicator
                  .value()
                  .map(
                      v ->
                          String.format(
                              Locale.ROOT,
                              "%.0f%% (%d of %d)",
                              100 * v,
                              indicator.numerator(),
                              indicator.denominator()))
                  .orElse(indicator.notMeasured().isPresent() ? "not measured" : "no contacts"))
          .append("</td><td>")
          .append(escape(indicator.notMeasured().orElse(indicator.definition())))
          .append("</td></tr>");
    }
    html.append("</table>");

    html.append("<h2 id=\"support-plans\">Liaison without the support plan (LP36-5.1)</h2>");
    if (report.supportPlanGaps().isEmpty()) {
      html.append("<p>Every named liaison person can see their pupil's IEP or EHCP.</p>");
    } else {
      html.append("<ul>");
      for (SupportPlanGap gap : report.supportPlanGaps()) {
        html.append("<li>")
            .append(escape(gap.staff().value()))
            .append(" cannot see the ")
            .append(gap.supportPlan())
            .append(" of ")
            .append(escape(gap.pupil().value()))
            .append("</li>");
      }
      html.append("</ul>");
    }

    html.append("<h2 id=\"checklist\">Plans not yet checked against the checklist (LP36-1)</h2>");
    if (report.checklistGaps().isEmpty()) {
      html.append("<p>Every plan in force is checked against every item of the checklist.</p>");
    } else {
      html.append("<ul>");
      for (ChecklistGap gap : report.checklistGaps()) {
        html.append("<li>")
            .append(escape(gap.plan()))
            .append(" (")
            .append(escape(gap.pupil().value()))
            .append("): ")
            .append(escape(String.join("; ", gap.missing())))
            .append("</li>");
      }
      html.append("</ul>");
    }

    html.append("<h2 id=\"file-transfers\">Child protection files awaiting receipt (LP36-4e)</h2>");
    if (report.fileTransfers().isEmpty()) {
      html.append("<p>No leaver's child protection file is waiting to be confirmed received.</p>");
    } else {
      html.append(
          "<table><tr><th>Transfer</th><th>Pupil</th><th>Due by</th><th>Sent</th><th>Overdue</th></tr>");
      for (FileTransferDue transfer : report.fileTransfers()) {
        html.append("<tr><td>")
            .append(escape(transfer.transfer()))
            .append("</td><td>")
            .append(escape(transfer.pupil().value()))
            .append("</td><td>")
            .append(transfer.dueBy())
            .append("</td><td>")
            .append(transfer.sent() ? "yes" : "no")
            .append("</td><td")
            .append(transfer.overdue() ? " class=\"bad\">yes" : ">no")
            .append("</td></tr>");
      }
      html.append("</table>");
    }

    html.append("<h2 id=\"reviews\">Reviews due</h2>");
    if (report.reviewsDue().isEmpty()) {
      html.append("<p>No plan or policy is past its review date.</p>");
    } else {
      html.append(
          "<table><tr><th>What</th><th>Id</th><th>Due by</th><th class=\"num\">Days overdue</th></tr>");
      for (ReviewDueItem review : report.reviewsDue()) {
        html.append("<tr><td>")
            .append(label(review.kind()))
            .append("</td><td>")
            .append(escape(review.id()))
            .append("</td><td>")
            .append(review.dueBy())
            .append("</td><td class=\"num bad\">")
            .append(review.daysOverdue())
            .append("</td></tr>");
      }
      html.append("</table>");
    }

    html.append(
            "<h2 id=\"scope\">Scope and out-of-hours contact</h2><p>Pupils without a liaison plan (LP36-3): ")
        .append(
            report.pupilsWithoutPlan().isEmpty()
                ? "none"
                : escape(
                    report.pupilsWithoutPlan().stream()
                        .map(p -> p.value())
                        .collect(Collectors.joining(", "))))
        .append(".</p><p>Staff in repeated out-of-hours contact with one family (HSL-2): ");
    if (report.repeatedOutOfHours().isEmpty()) {
      html.append("none.</p>");
    } else {
      html.append("</p><ul>");
      for (RepeatedOutOfHoursContact r : report.repeatedOutOfHours()) {
        html.append("<li>")
            .append(escape(r.staff().value()))
            .append(" with the family of ")
            .append(escape(r.pupil().value()))
            .append(": ")
            .append(r.contacts())
            .append(" contacts, ")
            .append(r.cases())
            .append(" cases</li>");
      }
      html.append("</ul>");
    }
    return html.append("</body></html>\n").toString();
  }

  private static void point(StringBuilder html, SeriesPoint point) {
    html.append("<tr><td>")
        .append(escape(point.period()))
        .append("</td><td class=\"num\">")
        .append(point.schoolDays())
        .append("</td><td class=\"num\">")
        .append(String.format(Locale.ROOT, "%.1f", point.expected()))
        .append("</td><td class=\"num\">")
        .append(point.actual())
        .append("</td></tr>");
  }

  /** Where the bars start: after the longest residence label at 13px. */
  private static final int LABEL_WIDTH = 240;

  /** Room after a bar for its figure: "100% (200 of 200)" or "999 min (99 contacts)" at 12px. */
  private static final int FIGURE_WIDTH = 170;

  static final int CHART_WIDTH = LABEL_WIDTH + BAR_WIDTH + FIGURE_WIDTH;

  private static String complianceChart(MonitoringReport report) {
    int rowHeight = 26;
    int height = rowHeight * report.cohorts().size() + 44;
    // Bars are scaled to the highest compliance, at least 100%: more contact than planned draws
    // longer than 100%.
    double scale =
        Math.max(
            1.0,
            report.cohorts().stream().mapToDouble(CohortLiaison::compliance).max().orElse(1.0));
    StringBuilder svg =
        new StringBuilder(
                "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" id=\"compliance-chart\" ")
            .append("width=\"")
            .append(CHART_WIDTH)
            .append("\" height=\"")
            .append(height)
            .append("\">")
            .append("<title>Routine contact compliance by residence context</title>");
    int y = 5;
    for (CohortLiaison cohort : report.cohorts()) {
      int width = (int) Math.round(cohort.compliance() / scale * BAR_WIDTH);
      svg.append("<text x=\"0\" y=\"")
          .append(y + 17)
          .append("\" font-size=\"13\">")
          .append(residence(cohort.residence()))
          .append("</text>")
          .append("<rect x=\"")
          .append(LABEL_WIDTH)
          .append("\" y=\"")
          .append(y + 4)
          .append("\" width=\"")
          .append(width)
          .append("\" height=\"16\" fill=\"")
          .append(cohort.compliance() < 0.8 ? "#d64545" : "#3ebd6e")
          .append("\"/>")
          .append("<text x=\"")
          .append(LABEL_WIDTH + 6 + width)
          .append("\" y=\"")
          .append(y + 17)
          .append("\" font-size=\"12\">")
          .append(percent(cohort.compliance()))
          .append(" (")
          .append(cohort.actualRoutineContacts())
          .append(" of ")
          .append(cohort.expectedRoutineContacts())
          .append(")</text>");
      y += rowHeight;
    }
    int full = LABEL_WIDTH + (int) Math.round(BAR_WIDTH / scale);
    svg.append("<line x1=\"")
        .append(full)
        .append("\" y1=\"2\" x2=\"")
        .append(full)
        .append("\" y2=\"")
        .append(y)
        .append("\" stroke=\"#52606d\" stroke-dasharray=\"3,3\"/>");
    return svg.append(
            legend(
                y + 8,
                new String[][] {
                  {"#3ebd6e", "80% or more of expected routine contacts"},
                  {"#d64545", "below 80%"},
                  {"dash", "100% of expected"}
                }))
        .append("</svg>")
        .toString();
  }

  private static String emergencyChart(MonitoringReport report) {
    var cohorts =
        report.cohorts().stream()
            .filter(c -> c.emergencyContacts() > 0)
            .collect(Collectors.toList());
    if (cohorts.isEmpty()) {
      return "<p>No emergency contact this period.</p>";
    }
    long max =
        Math.max(
            1,
            cohorts.stream()
                .mapToLong(c -> c.medianEmergencyResponseMinutes().orElse(0))
                .max()
                .orElse(1));
    StringBuilder svg =
        new StringBuilder(
                "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" id=\"emergency-chart\" ")
            .append("width=\"")
            .append(CHART_WIDTH)
            .append("\" height=\"")
            .append(26 * cohorts.size() + 10)
            .append("\"><title>Median minutes to reach a person in an emergency</title>");
    int y = 5;
    for (CohortLiaison cohort : cohorts) {
      long minutes = cohort.medianEmergencyResponseMinutes().orElse(0);
      int width = Math.max(2, (int) (minutes * BAR_WIDTH / max));
      svg.append("<text x=\"0\" y=\"")
          .append(y + 17)
          .append("\" font-size=\"13\">")
          .append(residence(cohort.residence()))
          .append("</text><rect x=\"")
          .append(LABEL_WIDTH)
          .append("\" y=\"")
          .append(y + 4)
          .append("\" width=\"")
          .append(width)
          .append("\" height=\"16\" fill=\"#2186eb\"/>")
          .append("<text x=\"")
          .append(LABEL_WIDTH + 6 + width)
          .append("\" y=\"")
          .append(y + 17)
          .append("\" font-size=\"12\">")
          .append(minutes)
          .append(" min (")
          .append(cohort.emergencyContacts())
          .append(cohort.emergencyContacts() == 1 ? " contact)" : " contacts)")
          .append("</text>");
      y += 26;
    }
    return svg.append("</svg>").toString();
  }

  /** Week by week, expected against recorded routine contact for the whole school (LP36-4b, LP36-7). */
  static String weeklyChart(java.util.List<SeriesPoint> weeks) {
    int height = 180;
    int plot = 120;
    int step = Math.max(6, Math.min(28, (CHART_WIDTH - 40) / Math.max(1, weeks.size())));
    double top =
        Math.max(
            1.0,
            weeks.stream().mapToDouble(w -> Math.max(w.expected(), w.actual())).max().orElse(1));
    StringBuilder svg =
        new StringBuilder(
                "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" id=\"weekly-chart\" ")
            .append("width=\"")
            .append(CHART_WIDTH)
            .append("\" height=\"")
            .append(height + 30)
            .append("\">")
            .append("<title>Routine contacts week by week: recorded bars, expected marks</title>");
    int x = 30;
    for (SeriesPoint week : weeks) {
      int actual = (int) Math.round(week.actual() / top * plot);
      int expected = (int) Math.round(week.expected() / top * plot);
      svg.append("<rect class=\"actual\" x=\"")
          .append(x)
          .append("\" y=\"")
          .append(10 + plot - actual)
          .append("\" width=\"")
          .append(step - 3)
          .append("\" height=\"")
          .append(actual)
          .append("\" fill=\"")
          .append(week.schoolDays() == 0 ? "#cbd2d9" : "#2186eb")
          .append("\"><title>")
          .append(escape(week.period()))
          .append(": ")
          .append(week.actual())
          .append(" recorded, ")
          .append(String.format(Locale.ROOT, "%.1f", week.expected()))
          .append(" expected</title></rect>")
          .append("<line class=\"expected\" x1=\"")
          .append(x - 1)
          .append("\" x2=\"")
          .append(x + step - 2)
          .append("\" y1=\"")
          .append(10 + plot - expected)
          .append("\" y2=\"")
          .append(10 + plot - expected)
          .append("\" stroke=\"#1f2933\" stroke-width=\"2\"/>");
      x += step;
    }
    svg.append("<line x1=\"28\" y1=\"")
        .append(10 + plot)
        .append("\" x2=\"")
        .append(x)
        .append("\" y2=\"")
        .append(10 + plot)
        .append("\" stroke=\"#52606d\"/>");
    if (!weeks.isEmpty()) {
      svg.append("<text x=\"30\" y=\"")
          .append(plot + 26)
          .append("\" font-size=\"11\">")
          .append(escape(weeks.get(0).period()))
          .append("</text><text x=\"")
          .append(Math.max(30, x - 60))
          .append("\" y=\"")
          .append(plot + 26)
          .append("\" font-size=\"11\">")
          .append(escape(weeks.get(weeks.size() - 1).period()))
          .append("</text>");
    }
    return svg.append(
            legend(
                plot + 36,
                new String[][] {
                  {"#2186eb", "recorded"},
                  {"line", "expected"},
                  {"#cbd2d9", "a week without a school day"}
                }))
        .append("</svg>")
        .toString();
  }

  /** One line of legend entries: a colour swatch, a dashed or a solid line, each with its words. */
  private static String legend(int y, String[][] entries) {
    StringBuilder out = new StringBuilder("<g class=\"legend\">");
    int x = 0;
    for (String[] entry : entries) {
      if (entry[0].equals("dash") || entry[0].equals("line")) {
        out.append("<line x1=\"")
            .append(x)
            .append("\" y1=\"")
            .append(y + 6)
            .append("\" x2=\"")
            .append(x + 14)
            .append("\" y2=\"")
            .append(y + 6)
            .append("\" stroke=\"#1f2933\"")
            .append(entry[0].equals("dash") ? " stroke-dasharray=\"3,3\"" : " stroke-width=\"2\"")
            .append("/>");
      } else {
        out.append("<rect x=\"")
            .append(x)
            .append("\" y=\"")
            .append(y)
            .append("\" width=\"14\" height=\"12\" fill=\"")
            .append(entry[0])
            .append("\"/>");
      }
      out.append("<text x=\"")
          .append(x + 18)
          .append("\" y=\"")
          .append(y + 11)
          .append("\" font-size=\"12\">")
          .append(escape(entry[1]))
          .append("</text>");
      x += 18 + (int) Math.ceil(entry[1].length() * 7.0) + 16;
    }
    return out.append("</g>").toString();
  }

  /** A residence context as people say it (LP36-3). */
  static String residence(io.github.liaisonsdk.pupil.ResidenceContext context) {
    return switch (context) {
      case DAY_WITH_FAMILY -> "Day pupil living with family";
      case DAY_IN_CHILDRENS_HOME -> "Day pupil in a children&#39;s home";
      case SCHOOL_CARE_ACCOMMODATION -> "School care accommodation";
      case CARE_HOME -> "Care home";
      case FE_ACCOMMODATION -> "FE accommodation";
      case INPATIENT_UNIT -> "Inpatient unit";
      case BOARDING -> "Boarding pupil";
    };
  }

  private static String topics(java.util.Set<Topic> topics) {
    return topics.isEmpty()
        ? "—"
        : topics.stream().sorted().map(t -> label(t.name())).collect(Collectors.joining(", "));
  }

  private static String percent(double ratio) {
    return String.format(Locale.ROOT, "%.0f%%", 100 * ratio);
  }

  private static String label(String constant) {
    String words = constant.toLowerCase(Locale.ROOT).replace('_', ' ');
    return escape(Character.toUpperCase(words.charAt(0)) + words.substring(1));
  }

  /** Escapes text for HTML and XML alike. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c < 0x20 && c != '\n' && c != '\t' ? ' ' : c);
      }
    }
    return out.toString();
  }
}

package io.github.liaisonsdk.publication;

import io.github.liaisonsdk.basics.Clause;
import io.github.liaisonsdk.confidentiality.Topic;
import io.github.liaisonsdk.policy.DirectoryEntry;
import io.github.liaisonsdk.policy.PolicyMetadata;
import io.github.liaisonsdk.policy.PolicyPack;
import io.github.liaisonsdk.policy.RetentionRule;
import io.github.liaisonsdk.policy.ReviewEntry;
import io.github.liaisonsdk.policy.RuleSpec;
import io.github.liaisonsdk.policy.Signatory;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The policy pack as a document a person reads (HSL-10): one self-contained XHTML page, with no script and no
 * external asset, so it can be printed, emailed to a parent who asked for a copy or put on the school's website.
 * It says which version it is (id, version, content hash), then the metadata (LP36-0), each rule in plain English
 * with the clauses it implements, the confidentiality of each topic, the checklist, the directory (LP36-A), the
 * retention periods, the references (LP36-8) and the review history (LP36-9). Every value is escaped.
 *
 * <p>Stateless and thread-safe.
 */
public final class PolicyDocuments {

  private PolicyDocuments() {}

  /**
   * Renders a pack, with the group pack it extends named.
   *
   * @param pack the pack
   * @return the page
   */
  public static String html(PolicyPack pack) {
    PolicyMetadata meta = pack.metadata();
    StringBuilder html = new StringBuilder(16_384);
    html.append(
            "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en-GB\"><head>")
        .append("<meta charset=\"utf-8\"/><title>")
        .append(esc(meta.title()))
        .append(" — ")
        .append(esc(meta.site()))
        .append(
            "</title><style>body{font:15px/1.5 Georgia,serif;margin:2rem auto;max-width:46rem;color:#1f2933}")
        .append(
            "h1{font-size:1.6rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #cbd2d9}")
        .append(
            "table{border-collapse:collapse;width:100%}td,th{padding:.25rem .5rem;text-align:left;")
        .append(
            "border-bottom:1px solid #e4e7eb;vertical-align:top}.small{color:#52606d;font-size:.85rem}")
        .append("</style></head><body>");
    html.append("<h1 id=\"title\">").append(esc(meta.title())).append("</h1>");
    html.append("<p id=\"site\">").append(esc(meta.site())).append("</p>");
    html.append("<p id=\"version\" class=\"small\">Policy pack ")
        .append(esc(pack.id().value()))
        .append(", version ")
        .append(pack.version())
        .append(", SHA-256 ")
        .append(pack.contentHash())
        .append("</p>");

    html.append("<h2 id=\"about\">About this policy (LP36-0)</h2><table>");
    row(html, "Policy number", meta.policyNumber().orElse("—"));
    row(html, "Template", meta.templateReference().orElse("—"));
    row(
        html,
        "Issued",
        meta.issued()
            .map(Object::toString)
            .or(() -> meta.issuedIn().map(PolicyMetadata::monthName))
            .orElse("—"));
    row(
        html,
        "To be reviewed",
        meta.reviewDue() + " (by " + meta.reviewDue().dueBy(pack.calendar()) + ")");
    row(html, "Authors", meta.authors().isEmpty() ? "—" : String.join(", ", meta.authors()));
    row(html, "Ratification", meta.ratification().orElse("—"));
    row(
        html,
        "Applies the group policy",
        pack.group()
            .map(g -> g.metadata().title() + " (" + g.id() + ", version " + g.version() + ")")
            .orElse("— (this is the group policy)"));
    html.append("</table>");
    if (!meta.signatories().isEmpty()) {
      html.append("<h2 id=\"signatories\">Signed by (HSL-11)</h2><ul>");
      for (Signatory signatory : meta.signatories()) {
        html.append("<li>")
            .append(esc(signatory.name().map(n -> n + ", ").orElse("")))
            .append(esc(signatory.title()))
            .append("</li>");
      }
      html.append("</ul>");
    }

    html.append("<h2 id=\"rules\">What the policy says</h2><ol>");
    Set<Clause> cited = new TreeSet<>();
    for (RuleSpec rule : pack.rules().values()) {
      // What the rule does in this pack: the clauses its decisions cite and the parameters it
      // applies, defaults too.
      cited.addAll(rule.effectiveCites());
      html.append("<li>").append(esc(rule.rule().summary()));
      StringBuilder detail = new StringBuilder();
      if (rule.rule().parameters().contains(io.github.liaisonsdk.policy.RuleParameter.FROM_LEVEL)) {
        detail.append("; from ").append(word(rule.effectiveFromLevel().name()));
      }
      if (rule.rule().parameters().contains(io.github.liaisonsdk.policy.RuleParameter.MAX_LEVEL)) {
        detail.append("; up to ").append(word(rule.effectiveMaxLevel().name()));
      }
      if (rule.rule().parameters().contains(io.github.liaisonsdk.policy.RuleParameter.POSTS)) {
        detail
            .append("; posts: ")
            .append(
                rule.effectivePosts().stream()
                    .map(p -> word(p.name()))
                    .sorted()
                    .collect(Collectors.joining(", ")));
      }
      html.append(" <span class=\"small\">(")
          .append(Clause.join(", ", rule.effectiveCites()))
          .append(esc(detail.toString()))
          .append(")</span></li>");
    }
    html.append("</ol>");

    html.append("<h2 id=\"clauses\">The clauses these rules implement</h2><table>");
    for (Clause clause : cited) {
      row(html, clause.id(), clause.summary());
    }
    html.append("</table>");

    html.append("<h2 id=\"topics\">How confidential each liaison topic is (LP36-5)</h2><table>");
    for (Topic topic : Topic.values()) {
      row(html, word(topic.name()), word(pack.levelOf(topic).name()));
    }
    html.append("</table>");

    html.append("<h2 id=\"checklist\">Checklist for each pupil's liaison plan (LP36-1)</h2>");
    list(html, pack.checklist());

    html.append("<h2 id=\"directory\">Contacts (LP36-A)</h2><table>");
    for (DirectoryEntry entry : pack.directory()) {
      row(
          html,
          entry.role(),
          entry.name()
              + entry.telephone().map(t -> ", " + t).orElse("")
              + entry.email().map(e -> ", " + e).orElse("")
              + (entry.placeholder() ? " — not yet completed" : ""));
    }
    html.append("</table>");

    html.append("<h2 id=\"retention\">How long records are kept (LP36-4e)</h2><table>");
    for (RetentionRule rule : pack.retention().values()) {
      row(
          html,
          word(rule.record().name()),
          rule.years() + " years from the " + word(rule.countedFrom().name()));
    }
    html.append("</table>");

    if (!meta.references().isEmpty()) {
      html.append("<h2 id=\"references\">Legislation and guidance (LP36-8)</h2>");
      list(html, meta.references());
    }
    html.append("<h2 id=\"review-history\">Review history (LP36-9)</h2><table>");
    for (ReviewEntry review : meta.reviewHistory()) {
      html.append("<tr><td>")
          .append(review.reviewed())
          .append("</td><td>")
          .append(esc(review.reviewer()))
          .append("</td><td>")
          .append(esc(review.summary()))
          .append("</td></tr>");
    }
    html.append("</table>");
    html.append(
        "<p class=\"small\">This policy is available to all staff, and on request to governors, parents,"
            + " stakeholders and other interested parties (HSL-10).</p></body></html>\n");
    return html.toString();
  }

  private static void row(StringBuilder html, String label, String value) {
    html.append("<tr><th>")
        .append(esc(label))
        .append("</th><td>")
        .append(esc(value))
        .append("</td></tr>");
  }

  private static void list(StringBuilder html, java.util.List<String> items) {
    if (items.isEmpty()) {
      html.append("<p>—</p>");
      return;
    }
    html.append("<ul>");
    items.forEach(item -> html.append("<li>").append(esc(item)).append("</li>"));
    html.append("</ul>");
  }

  /** An enum constant as a word: SCHOOL_INTERNAL reads "school internal". */
  private static String word(String constant) {
    return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static String esc(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    text.codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                  if (c < 0x20 && c != '\n' && c != '\t') {
                    out.append(' ');
                  } else if (c == 0xFFFE || c == 0xFFFF || Character.isSurrogate((char) c)) {
                    // Not a character XML allows (a non-character, or half of a pair): the page
                    // stays well-formed.
                    out.append('\uFFFD');
                  } else {
                    out.appendCodePoint(c);
                  }
                }
              }
            });
    return out.toString();
  }
}

package io.github.liaisonsdk.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.liaisonsdk.Liaison;
import io.github.liaisonsdk.basics.AccessDeniedException;
import io.github.liaisonsdk.basics.Clause;
import io.github.liaisonsdk.basics.LiaisonValidationException;
import io.github.liaisonsdk.memory.InMemoryStore;
import io.github.liaisonsdk.policy.PolicyPack;
import io.github.liaisonsdk.policy.StandardPacks;
import io.github.liaisonsdk.testing.Fixtures;
import io.github.liaisonsdk.testing.TestSchool;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** HSL-10: the policy available to all staff, and on request to governors, parents and others. */
class PublicationTest {
  InMemoryStore store;
  Liaison liaison;
  PolicyPack pack;

  @BeforeEach
  void school() {
    store = InMemoryStore.create();
    pack = StandardPacks.lp36();
    liaison =
        Liaison.builder()
            .pack(pack)
            .store(store)
            .zone(ZoneId.of("Europe/London"))
            .clock(Clock.fixed(Instant.parse("2026-12-09T10:00:00Z"), ZoneId.of("Europe/London")))
            .build();
    TestSchool.populate(liaison);
  }

  @Test
  @DisplayName(
      "HSL-10 / LP36-0 / LP36-9 / LP36-A: the pack in force as a page a person reads, naming its exact version")
  void documentAPersonReads() throws Exception {
    String html = liaison.publication().document();
    // Well-formed XHTML with nothing that runs or loads.
    DocumentBuilderFactory.newInstance()
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    assertThat(html).doesNotContain("<script").doesNotContain("src=").doesNotContain("href=");
    assertThat(html)
        .contains(pack.metadata().title())
        .contains(pack.metadata().site())
        .contains("version " + pack.version() + ", SHA-256 " + pack.contentHash())
        .contains("Applies the group policy")
        .contains(pack.group().orElseThrow().metadata().title());
    for (var rule : pack.rules().values()) {
      assertThat(html).contains(escaped(rule.rule().summary()));
    }
    assertThat(html).contains("LP36-6.1").contains(escaped(Clause.LP36_6_1.summary()));
    pack.checklist().forEach(item -> assertThat(html).contains(escaped(item)));
    pack.directory().forEach(entry -> assertThat(html).contains(escaped(entry.role())));
    pack.metadata()
        .reviewHistory()
        .forEach(review -> assertThat(html).contains(review.reviewed().toString()));
    assertThat(html).contains("on request to governors, parents");
    assertThat(liaison.publication().document()).isSameAs(html);
  }

  private static String escaped(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&#39;");
  }

  @Test
  @DisplayName(
      "HSL-10: a request for a copy is recorded with who asked, when and the version given; the audit holds no name")
  void copyRequestsRecorded() {
    CopyRequest request =
        liaison
            .publication()
            .recordCopyRequest(
                "request-1",
                "Mrs A. Parent " + Fixtures.MARKER,
                RequesterKind.PARENT,
                TestSchool.OFFICE);
    assertThat(request.version()).isEqualTo(PolicyVersion.of(pack));
    assertThat(request.requestedAt()).isEqualTo(Instant.parse("2026-12-09T10:00:00Z"));
    assertThat(request.toString()).doesNotContain(Fixtures.MARKER);
    liaison
        .publication()
        .recordCopyRequest(
            "request-2", "Cllr B. Governor", RequesterKind.GOVERNOR, TestSchool.OFFICE);
    assertThat(liaison.publication().copyRequests(Fixtures.HEAD))
        .extracting(CopyRequest::id)
        .containsExactly("request-1", "request-2");
    assertThat(
            catchThrowableOfType(
                    AccessDeniedException.class,
                    () -> liaison.publication().copyRequests(TestSchool.OFFICE))
                .clauses())
        .containsExactly(Clause.HSL_10);
    assertThat(store.audit().read(1, 1_000))
        .filteredOn(e -> "copy of the policy requested".equals(e.details().get("event")))
        .hasSize(2)
        .allSatisfy(
            e -> {
              assertThat(e.toString()).doesNotContain(Fixtures.MARKER).doesNotContain("Parent");
              assertThat(e.details()).containsEntry("contentHash", pack.contentHash());
            });
    LiaisonValidationException again =
        catchThrowableOfType(
            LiaisonValidationException.class,
            () ->
                liaison
                    .publication()
                    .recordCopyRequest(
                        "request-1", "Someone", RequesterKind.STAKEHOLDER, TestSchool.OFFICE));
    assertThat(again.violations())
        .singleElement()
        .satisfies(v -> assertThat(v.path()).isEqualTo("id"));
    LiaisonValidationException twoLines =
        catchThrowableOfType(
            LiaisonValidationException.class,
            () ->
                liaison
                    .publication()
                    .recordCopyRequest(
                        "request-3",
                        "Mr C\n" + Fixtures.MARKER,
                        RequesterKind.INTERESTED_PARTY,
                        TestSchool.OFFICE));
    assertThat(twoLines.violations()).extracting(v -> v.path()).containsExactly("requester");
    assertThat(twoLines.getMessage()).doesNotContain(Fixtures.MARKER).contains("HSL-10");
  }

  @Test
  @DisplayName(
      "HSL-10: each member of staff acknowledges the version in force once; the headship sees who has not")
  void acknowledgements() {
    Acknowledgement first = liaison.publication().acknowledge(Fixtures.TEACHER);
    assertThat(first.version()).isEqualTo(PolicyVersion.of(pack));
    assertThat(liaison.publication().acknowledge(Fixtures.TEACHER)).isEqualTo(first);
    liaison.publication().acknowledge(TestSchool.DSL);
    List<io.github.liaisonsdk.staff.StaffId> missing =
        liaison.publication().notAcknowledged(Fixtures.HEAD);
    assertThat(missing)
        .doesNotContain(Fixtures.TEACHER, TestSchool.DSL)
        .contains(Fixtures.HEAD, TestSchool.OFFICE)
        .hasSize(TestSchool.staff().size() - 2);
    assertThat(
            catchThrowableOfType(
                AccessDeniedException.class,
                () -> liaison.publication().notAcknowledged(Fixtures.TEACHER)))
        .isNotNull();
    assertThat(store.audit().read(1, 1_000))
        .filteredOn(e -> "policy read and understood".equals(e.details().get("event")))
        .hasSize(2);
    assertThat(liaison.audit().verify().intact()).isTrue();
  }

  @Test
  @DisplayName(
      "HSL-10 / HSL-9: the page says what each rule does in this pack: its cited clauses and its posts, defaults too")
  void pageStatesEffectiveRules() throws Exception {
    String hsl = PolicyDocuments.html(StandardPacks.hsl());
    assertThat(hsl).contains("posts: assistant headteacher, headteacher").contains("HSL-2");
    com.fasterxml.jackson.databind.node.ObjectNode json =
        (com.fasterxml.jackson.databind.node.ObjectNode)
            io.github.liaisonsdk.json.LiaisonJson.mapper()
                .readTree(StandardPacks.json("clare-hsl"));
    ((com.fasterxml.jackson.databind.node.ObjectNode) json.get("metadata"))
        .put("title", "Policy <b>&amp;\uFFFF");
    String odd =
        PolicyDocuments.html(
            io.github.liaisonsdk.policy.PolicyPackLoader.create()
                .load(io.github.liaisonsdk.json.LiaisonJson.mapper().writeValueAsString(json)));
    DocumentBuilderFactory.newInstance()
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(odd.getBytes(StandardCharsets.UTF_8)));
    assertThat(odd).contains("Policy &lt;b&gt;&amp;amp;").doesNotContain("<b>");
  }

  @Test
  @DisplayName("HSL-10: an acknowledgement is of one version, its content hash included")
  void acknowledgementNamesTheHash() {
    PolicyVersion inForce = PolicyVersion.of(pack);
    PolicyVersion sameNumberOtherText =
        new PolicyVersion(pack.id(), pack.version(), "0".repeat(64));
    store
        .publication()
        .saveAcknowledgement(
            new Acknowledgement(
                Fixtures.TEACHER, sameNumberOtherText, Instant.parse("2026-12-01T10:00:00Z")));
    assertThat(liaison.publication().notAcknowledged(Fixtures.HEAD)).contains(Fixtures.TEACHER);
    assertThat(liaison.publication().acknowledge(Fixtures.TEACHER).version()).isEqualTo(inForce);
    assertThat(liaison.publication().notAcknowledged(Fixtures.HEAD))
        .doesNotContain(Fixtures.TEACHER);
    assertThat(store.audit().read(1, 1_000))
        .anySatisfy(
            e ->
                assertThat(e.details())
                    .containsEntry("event", "staff not acknowledging the policy")
                    .containsEntry("granted", "true"));
  }
}

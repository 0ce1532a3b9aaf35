package org.slaclocks.jira.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.slaclocks.Examples;
import org.slaclocks.config.ConfigurationEditor;
import org.slaclocks.config.ConfigurationEditor.Outcome;
import org.slaclocks.config.DocumentKind;
import org.slaclocks.config.DocumentProblem;
import org.slaclocks.format.PolicyJson;
import org.slaclocks.jira.tracking.CurrentConfiguration;
import org.slaclocks.policy.SlaPolicy;
import org.slaclocks.tracking.AuditLog;
import org.slaclocks.tracking.ConfigRepository;

/** Administrators' changes of the configuration, on each database, as the REST API makes them. */
class ConfigurationEditorTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-05-04T09:00:00Z"), ZoneOffset.UTC);

  private ConfigRepository repository;
  private AuditLog audit;
  private ConfigurationEditor editor;

  @BeforeEach
  void setUp(ActiveObjects ao) {
    repository = new AoConfigRepository(ao);
    audit = new AoAuditLog(ao);
    editor = new ConfigurationEditor(repository, audit, CLOCK);
  }

  private JsonNode doc(DocumentKind kind, String id) {
    return editor.current().find(kind, id).orElseThrow().document().json().deepCopy();
  }

  private int version(DocumentKind kind, String id) {
    return editor.current().find(kind, id).orElseThrow().version();
  }

  @DatabaseTest
  void anImportedFileIsTheConfigurationInForceAndIsExportedAgain() throws Exception {
    Outcome imported = editor.importFile(Examples.helpdeskPolicies(), "admin");

    assertThat(imported).isInstanceOf(Outcome.Saved.class);
    long revision = ((Outcome.Saved) imported).revision();
    assertThat(new CurrentConfiguration(repository).get())
        .isEqualTo(PolicyJson.parse(Examples.helpdeskPolicies()).withVersion(revision));
    assertThat(PolicyJson.read(editor.exportFile()))
        .isEqualTo(PolicyJson.parse(Examples.helpdeskPolicies()).withVersion(revision));
    assertThat(editor.importFile(Examples.helpdeskPolicies(), "admin"))
        .as("the same file again changes nothing")
        .isInstanceOf(Outcome.Unchanged.class);
    assertThat(audit.page(Long.MAX_VALUE, 100))
        .hasSize(9)
        .allSatisfy(e -> assertThat(e.action()).isEqualTo("configuration.imported"));
  }

  @DatabaseTest
  void aSavedCalendarIsInForceAtOnceAndTheAuditLogHasItBeforeAndAfter() throws Exception {
    editor.importFile(Examples.helpdeskPolicies(), "admin");
    ObjectNode emea = (ObjectNode) doc(DocumentKind.CALENDAR, "EMEA office");
    ((com.fasterxml.jackson.databind.node.ArrayNode) emea.get("holidays")).add("2026-11-30");

    Outcome saved =
        editor.save(
            DocumentKind.CALENDAR,
            "EMEA office",
            version(DocumentKind.CALENDAR, "EMEA office"),
            emea,
            "ada");

    assertThat(saved).isInstanceOf(Outcome.Saved.class);
    assertThat(
            new CurrentConfiguration(repository).get().calendar("EMEA office").holidays().keySet())
        .extracting(Object::toString)
        .contains("2026-11-30", "2026-12-25");
    AuditLog.Entry entry = audit.page(Long.MAX_VALUE, 1).get(0);
    assertThat(entry.actor()).isEqualTo("ada");
    assertThat(entry.action()).isEqualTo("calendar.saved");
    assertThat(entry.subject()).isEqualTo("calendar/EMEA office");
    assertThat(entry.before()).doesNotContain("2026-11-30");
    assertThat(entry.after()).contains("2026-11-30");
  }

  @DatabaseTest
  void aMistakeIsToldInItsDocumentAndNothingIsStored() throws Exception {
    editor.importFile(Examples.helpdeskPolicies(), "admin");
    long before = repository.currentRevision();
    ObjectNode emea = (ObjectNode) doc(DocumentKind.CALENDAR, "EMEA office");
    emea.put("zone", "Europe/Amstredam");

    Outcome outcome =
        editor.save(
            DocumentKind.CALENDAR,
            "EMEA office",
            version(DocumentKind.CALENDAR, "EMEA office"),
            emea,
            "ada");

    assertThat(outcome).isInstanceOf(Outcome.Invalid.class);
    assertThat(((Outcome.Invalid) outcome).problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.kind()).isEqualTo(DocumentKind.CALENDAR);
              assertThat(p.id()).isEqualTo("EMEA office");
              assertThat(p.path()).isEqualTo("zone");
              assertThat(p.message()).contains("Europe/Amstredam");
            });
    assertThat(repository.currentRevision()).isEqualTo(before);
  }

  @DatabaseTest
  void deletingACalendarAPolicyStillUsesIsRefusedWithThePolicysProblem() throws Exception {
    editor.importFile(Examples.helpdeskPolicies(), "admin");

    Outcome outcome =
        editor.delete(DocumentKind.CALENDAR, "24/7", version(DocumentKind.CALENDAR, "24/7"), "ada");

    assertThat(outcome).isInstanceOf(Outcome.Invalid.class);
    assertThat(((Outcome.Invalid) outcome).problems())
        .extracting(DocumentProblem::kind)
        .containsOnly(DocumentKind.POLICY);
  }

  @DatabaseTest
  void twoAdministratorsEditingTheSameDocumentTheSecondIsToldAndEditingOthersDoesNotClash()
      throws Exception {
    editor.importFile(Examples.helpdeskPolicies(), "admin");
    int loaded = version(DocumentKind.POLICY, "vip");
    int calendarLoaded = version(DocumentKind.CALENDAR, "24/7");
    ObjectNode first = (ObjectNode) doc(DocumentKind.POLICY, "vip");
    first.put("name", "Acme (VIP, 2026)");
    ObjectNode second = (ObjectNode) doc(DocumentKind.POLICY, "vip");
    second.put("name", "Acme Corporation");

    assertThat(editor.save(DocumentKind.POLICY, "vip", loaded, first, "ada"))
        .isInstanceOf(Outcome.Saved.class);
    Outcome late = editor.save(DocumentKind.POLICY, "vip", loaded, second, "bob");
    Outcome calendar =
        editor.save(
            DocumentKind.CALENDAR,
            "24/7",
            calendarLoaded,
            doc(DocumentKind.CALENDAR, "24/7"),
            "bob");

    assertThat(late).isInstanceOf(Outcome.Conflict.class);
    assertThat(((Outcome.Conflict) late).message())
        .contains("policy vip was changed by someone else");
    assertThat(calendar)
        .as("an unchanged calendar saves nothing")
        .isInstanceOf(Outcome.Unchanged.class);
    assertThat(new CurrentConfiguration(repository).get().policies())
        .extracting(SlaPolicy::name)
        .contains("Acme (VIP, 2026)");
  }

  @DatabaseTest
  void revertingMakesAnEarlierRevisionCurrentAsANewChange() throws Exception {
    Outcome.Saved first = (Outcome.Saved) editor.importFile(Examples.helpdeskPolicies(), "admin");
    ObjectNode order = (ObjectNode) doc(DocumentKind.POLICY_ORDER, DocumentKind.SINGLE);
    order.putArray("order").add("standard").add("vip").add("operations");
    editor.save(
        DocumentKind.POLICY_ORDER,
        DocumentKind.SINGLE,
        version(DocumentKind.POLICY_ORDER, DocumentKind.SINGLE),
        order,
        "ada");
    assertThat(new CurrentConfiguration(repository).get().policies().get(0).id())
        .isEqualTo("standard");

    Outcome reverted = editor.revert(first.revision(), "bob");

    assertThat(reverted).isInstanceOf(Outcome.Saved.class);
    assertThat(((Outcome.Saved) reverted).revision()).isGreaterThan(first.revision() + 1);
    assertThat(new CurrentConfiguration(repository).get().policies().get(0).id()).isEqualTo("vip");
    assertThat(editor.revert(999, "bob")).isInstanceOf(Outcome.Invalid.class);
    assertThat(audit.page(Long.MAX_VALUE, 1).get(0).action()).isEqualTo("configuration.reverted");
  }

  @DatabaseTest
  void aConfigurationStoredWholeByAnEarlierBuildIsReadAndReplacedByItsDocuments() throws Exception {
    repository.save(
        ConfigurationEditor.LEGACY_KIND,
        ConfigurationEditor.LEGACY_ID,
        0,
        Examples.helpdeskPolicies(),
        "old",
        CLOCK.instant());
    assertThat(editor.current().documents()).hasSize(9);
    ObjectNode agents = (ObjectNode) doc(DocumentKind.AGENTS, DocumentKind.SINGLE);
    agents.putArray("users").add("ada");

    Outcome saved = editor.save(DocumentKind.AGENTS, DocumentKind.SINGLE, 0, agents, "ada");

    assertThat(saved).isInstanceOf(Outcome.Saved.class);
    assertThat(repository.latest(ConfigurationEditor.LEGACY_KIND, ConfigurationEditor.LEGACY_ID))
        .get()
        .matches(ConfigRepository.Document::isDeleted);
    assertThat(new CurrentConfiguration(repository).get().agentUsers()).containsExactly("ada");
    assertThat(editor.current().documents()).allMatch(s -> s.version() >= 1);
    assertThat(List.of(version(DocumentKind.AGENTS, DocumentKind.SINGLE))).containsExactly(1);
  }
}

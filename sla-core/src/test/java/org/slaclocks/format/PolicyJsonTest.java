package org.slaclocks.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slaclocks.policy.CalendarChoice;
import org.slaclocks.policy.Exclusion;
import org.slaclocks.policy.Metric;
import org.slaclocks.policy.PauseCondition;
import org.slaclocks.policy.SlaConfiguration;
import org.slaclocks.policy.SlaPolicy;
import org.slaclocks.policy.Trigger;
import org.slaclocks.validation.Problem;
import org.slaclocks.validation.ValidationException;

class PolicyJsonTest {
  static final String MINIMAL =
      """
      {"calendars": [{"name": "9-17", "zone": "Europe/Amsterdam",
                      "hours": {"MON": ["09:00-17:00"], "TUE": ["09:00-17:00"]}}],
       "policies": [{"id": "p", "name": "P", "metrics": [
         {"id": "m", "name": "M", "template": "first-response",
          "goals": [{"target": "4h", "calendar": "9-17"}]}]}]}
      """;

  static String exampleFile() throws IOException {
    return org.slaclocks.Examples.helpdeskPolicies();
  }

  @Test
  void readsTheDocumentedHelpdeskExample() throws IOException {
    SlaConfiguration config = PolicyJson.parse(exampleFile());

    assertThat(config.calendars()).containsOnlyKeys("EMEA office", "Americas office", "24/7");
    assertThat(config.policies())
        .extracting(SlaPolicy::id)
        .containsExactly("vip", "standard", "operations");
    assertThat(config.policies().get(2).scope().criteria().valuesByField())
        .containsEntry("project", Set.of("OPS"));
    SlaPolicy vip = config.policies().get(0);
    assertThat(vip.scope().criteria().valuesByField())
        .containsEntry("project", Set.of("HELP"))
        .containsEntry("Organization", Set.of("Acme Corp"));
    assertThat(vip.metrics())
        .extracting(Metric::id)
        .containsExactly("first-response", "next-response", "resolution", "engineering-ola");
    Metric firstResponse = vip.metrics().get(0);
    assertThat(firstResponse.firstCycleOnly()).isTrue();
    assertThat(firstResponse.start()).containsExactly(new Trigger.Created());
    assertThat(firstResponse.goals().get(0).internalTarget()).isEqualTo(Duration.ofHours(2));
    assertThat(firstResponse.goals().get(1).calendar()).isInstanceOf(CalendarChoice.ByField.class);
    Metric ola = vip.metrics().get(3);
    assertThat(ola.start())
        .containsExactly(new Trigger.EnteredStatus(Set.of("Engineering triage")));
    assertThat(ola.parentMetric()).isEqualTo("resolution");
    assertThat(config.exclusions()).hasSize(1);
    assertThat(config.agentUsers()).contains("agent.anna");
    assertThat(config.groups()).containsKey("Engineering");
    assertThat(config.customFieldIds()).containsEntry("Region", "customfield_10100");
  }

  /**
   * The administration screen shows what a template gives and copies it when an administrator
   * writes her own conditions: the copy must make the same metric as the template.
   */
  @ParameterizedTest
  @CsvSource({
    "first-response, '', first-response",
    "next-response, '', next-response",
    "resolution, '', resolution",
    "ola, '\"statuses\": [\"Engineering\"], ', ola.statuses",
    "ola, '\"group\": \"Engineering\", ', ola.group"
  })
  void theTemplateCatalogWrittenOutMakesTheSameMetricAsTheTemplate(
      String template, String team, String entry) {
    com.fasterxml.jackson.databind.JsonNode described = PolicyJson.editorCatalog().get("templates");
    for (String key : entry.split("\\.")) {
      described = described.get(key);
    }
    String own =
        ("\"start\": %s, \"stop\": %s, \"pause\": %s, \"firstCycleOnly\": %s, ")
            .formatted(
                described.get("start"),
                described.get("stop"),
                described.get("pause"),
                described.get("firstCycleOnly"))
            .replace(MetricTemplates.TEAM, "Engineering");

    Metric fromTemplate =
        metricOf(
            MINIMAL.replace(
                "\"template\": \"first-response\",",
                "\"template\": \"" + template + "\", " + team));
    Metric written = metricOf(MINIMAL.replace("\"template\": \"first-response\",", own));

    assertThat(written).isEqualTo(fromTemplate);
    assertThat(described.get("start")).as("every template starts somewhere").isNotEmpty();
  }

  /** The policy editor offers exactly the conditions the format reads, with what each is about. */
  @Test
  void everyConditionTheEditorOffersReadsWithTheParametersItNames() {
    com.fasterxml.jackson.databind.JsonNode catalog = PolicyJson.editorCatalog();
    List<String> triggers = new java.util.ArrayList<>();
    catalog.get("triggers").properties().forEach(e -> triggers.add(condition("on", e)));
    List<String> pauses = new java.util.ArrayList<>();
    catalog.get("pauses").properties().forEach(e -> pauses.add(condition("when", e)));
    String own =
        "\"start\": [%s], \"stop\": [%s], \"pause\": [%s],"
            .formatted(
                String.join(", ", triggers),
                String.join(", ", triggers),
                String.join(", ", pauses));

    Metric metric = metricOf(MINIMAL.replace("\"template\": \"first-response\",", own));

    assertThat(metric.start()).hasSize(14).contains(new Trigger.FieldChanged("Region", "x"));
    assertThat(metric.pause())
        .hasSize(4)
        .contains(new PauseCondition.StatusIn(Set.of("x")))
        .contains(new PauseCondition.FieldHasValue("Region", Set.of("x")));
  }

  private static String condition(
      String key, java.util.Map.Entry<String, com.fasterxml.jackson.databind.JsonNode> entry) {
    StringBuilder out = new StringBuilder("{\"" + key + "\": \"" + entry.getKey() + "\"");
    for (com.fasterxml.jackson.databind.JsonNode parameter : entry.getValue()) {
      String value =
          switch (parameter.asText()) {
            case "statuses", "values" -> "[\"x\"]";
            case "field" -> "\"Region\"";
            default -> "\"x\"";
          };
      out.append(", \"").append(parameter.asText()).append("\": ").append(value);
    }
    return out.append('}').toString();
  }

  private static Metric metricOf(String file) {
    return PolicyJson.parse(file).policies().get(0).metrics().get(0);
  }

  @Test
  void templatesGiveTheUsualConditionsAndExplicitOnesReplaceThem() {
    SlaConfiguration config =
        PolicyJson.parse(
            MINIMAL.replace(
                "\"template\": \"first-response\"",
                "\"template\": \"resolution\", \"pause\": [\"assignee-empty\","
                    + " {\"when\": \"status\", \"statuses\": [\"Pending vendor\"]}]"));

    Metric metric = config.policies().get(0).metrics().get(0);
    assertThat(metric.start())
        .containsExactly(new Trigger.Created(), new Trigger.ResolutionCleared());
    assertThat(metric.stop()).containsExactly(new Trigger.ResolutionSet());
    assertThat(metric.pause())
        .containsExactly(
            new PauseCondition.AssigneeEmpty(),
            new PauseCondition.StatusIn(Set.of("Pending vendor")));
    assertThat(metric.firstCycleOnly()).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
          # what is wrong             | replace                                         | with                                                        | problem
          unknown calendar             | "calendar": "9-17"}]                             | "calendar": "9to5"}]                                         | policies[0].metrics[0].goals[0].calendar: no calendar named '9to5'; known: 9-17
          days in a goal               | "target": "4h"                                   | "target": "2d"                                               | policies[0].metrics[0].goals[0].target: '2d' uses days or weeks
          malformed goal               | "target": "4h"                                   | "target": "four hours"                                       | policies[0].metrics[0].goals[0].target: 'four hours' is not a duration
          zero goal                    | "target": "4h"                                   | "target": "0m"                                               | policies[0].metrics[0].goals[0].target: must be longer than zero
          internal not stricter        | "target": "4h"                                   | "target": "4h", "internalTarget": "5h"                       | policies[0].metrics[0].goals[0].internalTarget: the internal target (5h) must be shorter than the target (4h)
          unknown template             | "first-response"                                 | "first-reply"                                                | policies[0].metrics[0].template: unknown template 'first-reply'
          unknown condition            | "template": "first-response",                    | "start": ["issue-created"], "stop": ["resolution-set"],      | policies[0].metrics[0].start[0]: unknown condition 'issue-created'
          status condition without statuses | "template": "first-response",               | "start": [{"on": "entered-status"}], "stop": ["resolution-set"], | policies[0].metrics[0].start[0].statuses: 'entered-status' needs the statuses
          no start without template    | "template": "first-response",                    | "stop": ["resolution-set"],                                  | policies[0].metrics[0].start: a metric needs at least one start condition
          no goals                     | "goals": [{"target": "4h", "calendar": "9-17"}]  | "goals": []                                                  | policies[0].metrics[0].goals: a metric needs at least one goal row
          calendar by field without default | "calendar": "9-17"}]                        | "calendar": {"field": "Region", "map": {"EMEA": "9-17"}}}]   | policies[0].metrics[0].goals[0].calendar.default: required
          broken calendar              | "hours": {"MON"                                  | "hours": {"MONDAY"                                          | calendars[0].hours.MONDAY: unknown day key
          ola without team             | "template": "first-response"                     | "template": "ola"                                            | policies[0].metrics[0]: the ola template needs either
          misspelt key                 | "metrics": [                                     | "metric": [                                                  | policies[0].metric: unknown key
          missing metrics              | "metrics": [                                     | "metric": [                                                  | policies[0].metrics: required
          pause condition unknown      | "template": "first-response",                    | "template": "first-response", "pause": ["on-hold"],          | policies[0].metrics[0].pause[0]: unknown pause condition 'on-hold'
          not an object                | {"calendars"                                     | [{"calendars"                                               | malformed JSON
          """)
  void rejectsABrokenPolicyFileNamingWhereAndWhat(
      String what, String replace, String with, String problem) {
    String json = MINIMAL.replace(replace, with);
    assertThat(json).as("the test must change the file").isNotEqualTo(MINIMAL);

    assertThatThrownBy(() -> PolicyJson.parse(json))
        .isInstanceOf(ValidationException.class)
        .satisfies(
            e ->
                assertThat(((ValidationException) e).problems())
                    .extracting(Problem::toString)
                    .anySatisfy(p -> assertThat(p).startsWith(problem)));
  }

  @Test
  void listsEveryProblemOfAFileAndKeepsNothing() {
    String json =
        """
        {"calendars": [{"name": "x", "zone": "Mars/Base", "hours": "24/7"},
                       {"name": "x", "zone": "UTC", "hours": "24/7"}],
         "exclusions": [{"id": "e", "from": "2026-01-01T10:00:00Z", "to": "2026-01-01T09:00:00Z",
                         "reason": "backwards"}],
         "policies": [
           {"id": "p", "name": "P", "metrics": [
             {"id": "m", "name": "M", "template": "first-response",
              "goals": [{"target": "4h", "calendar": "nope"}]},
             {"id": "m", "name": "M2", "template": "next-response",
              "goals": [{"target": "1w", "calendar": "x"}]}]},
           {"id": "p", "name": "P again", "metrics": [
             {"id": "r", "name": "R", "template": "resolution",
              "goals": [{"target": "8h", "calendar": "x"}]}]}]}
        """;

    assertThatThrownBy(() -> PolicyJson.parse(json))
        .isInstanceOf(ValidationException.class)
        .satisfies(
            e ->
                assertThat(((ValidationException) e).problems())
                    .extracting(Problem::toString)
                    .containsExactlyInAnyOrder(
                        "calendars[0].zone: unknown time zone 'Mars/Base': use a region ID of the"
                            + " IANA time zone database such as Europe/Amsterdam",
                        "calendars[1].name: calendar name 'x' is used twice",
                        "exclusions[0].to: must be after from (2026-01-01T10:00:00Z)",
                        "policies[0].metrics[0].goals[0].calendar: no calendar named 'nope';"
                            + " known: x",
                        "policies[0].metrics[1].goals[0].target: '1w' uses days or weeks; a"
                            + " business day is not 24 hours: "
                            + org.slaclocks.policy.Durations.SYNTAX,
                        "policies[0].metrics[1].id: metric id 'm' is used twice in this policy",
                        "policies[1].id: policy id 'p' is used twice"));
  }

  @Test
  void acceptsIsoDurationsAndCombinedUnits() {
    assertThat(org.slaclocks.policy.Durations.parse("1h 30m")).isEqualTo(Duration.ofMinutes(90));
    assertThat(org.slaclocks.policy.Durations.parse("PT240H")).isEqualTo(Duration.ofHours(240));
    assertThat(org.slaclocks.policy.Durations.parse("90s")).isEqualTo(Duration.ofSeconds(90));
    assertThat(List.of("1h 1h", "", "P2D", "h"))
        .allSatisfy(
            text ->
                assertThatThrownBy(() -> org.slaclocks.policy.Durations.parse(text))
                    .isInstanceOf(IllegalArgumentException.class));
  }

  @Test
  void exportsWhatItImports() throws IOException {
    SlaConfiguration config = PolicyJson.parse(exampleFile());

    String exported = PolicyJson.write(config).toPrettyString();

    assertThat(PolicyJson.parse(exported)).isEqualTo(config);
    assertThat(PolicyJson.write(PolicyJson.parse(exported)).toPrettyString()).isEqualTo(exported);
    assertThat(exported).contains("\"on\" : \"entered-status\"").contains("\"target\" : \"40h\"");
  }

  /** A file names an issue by key for people, by id where it knows it (an id survives moves). */
  @Test
  void readsAndWritesExclusionsByIssueKeyAndByIssueId() {
    String json =
        MINIMAL.replace(
            "{\"calendars\"",
            """
            {"exclusions": [
              {"id": "global", "from": "2026-01-01T09:00:00Z", "to": "2026-01-01T10:00:00Z",
               "reason": "outage"},
              {"id": "by-key", "from": "2026-01-01T09:00:00Z", "to": "2026-01-01T10:00:00Z",
               "reason": "vendor", "issue": "HELP-12"},
              {"id": "by-id", "from": "2026-01-01T09:00:00Z", "to": "2026-01-01T10:00:00Z",
               "reason": "vendor", "issue": "HELP-13", "issueId": 10013}],
             "calendars\"""");

    SlaConfiguration config = PolicyJson.parse(json);

    assertThat(config.exclusions())
        .extracting(Exclusion::id, Exclusion::issueId, Exclusion::issueKey, Exclusion::isGlobal)
        .containsExactly(
            tuple("global", null, null, true),
            tuple("by-key", null, "HELP-12", false),
            tuple("by-id", 10013L, "HELP-13", false));
    assertThat(PolicyJson.parse(PolicyJson.write(config).toPrettyString())).isEqualTo(config);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          "issueId": 0           | exclusions[0].issueId: must be a Jira issue id
          "issueId": "HELP-12"   | exclusions[0].issueId: must be a Jira issue id
          "issueId": 1.5         | exclusions[0].issueId: must be a Jira issue id
          "issue": " "           | exclusions[0].issue: must be an issue key
          """)
  void refusesAnExclusionWhoseIssueIsNotAnIssue(String issue, String problem) {
    String json =
        MINIMAL.replace(
            "{\"calendars\"",
            "{\"exclusions\": [{\"id\": \"e\", \"from\": \"2026-01-01T09:00:00Z\","
                + " \"to\": \"2026-01-01T10:00:00Z\", \"reason\": \"r\", "
                + issue
                + "}], \"calendars\"");

    assertThatThrownBy(() -> PolicyJson.parse(json))
        .isInstanceOf(ValidationException.class)
        .satisfies(
            e ->
                assertThat(((ValidationException) e).problems())
                    .extracting(Problem::toString)
                    .anySatisfy(p -> assertThat(p).startsWith(problem)));
  }
}

package org.slaclocks.format;

import static java.time.Duration.ofHours;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slaclocks.policy.AlertAction;
import org.slaclocks.policy.AlertRule;
import org.slaclocks.policy.Criteria;
import org.slaclocks.policy.Metric;
import org.slaclocks.policy.Recipient;
import org.slaclocks.policy.SlaConfiguration;
import org.slaclocks.validation.Problem;
import org.slaclocks.validation.ValidationException;

/** Reminders and escalations in the policy file. */
class AlertJsonTest {
  static final String FILE =
      """
      {"calendars": [{"name": "9-17", "zone": "Europe/Amsterdam",
                      "hours": {"MON": ["09:00-17:00"], "TUE": ["09:00-17:00"]}}],
       "policies": [{"id": "p", "name": "P", "metrics": [
         {"id": "m", "name": "M", "template": "resolution",
          "goals": [{"when": {"priority": ["Highest"]}, "target": "4h", "calendar": "9-17"},
                    {"target": "8h", "internalTarget": "6h", "calendar": "9-17"}],
          "reminders": [
            {"id": "hour-left", "before": "1h", "when": {"priority": ["Highest", "High"]},
             "actions": [{"do": "email", "to": ["assignee", "watchers", {"group": "leads"}]}]},
            {"id": "three-quarters", "percent": 75,
             "actions": [{"do": "comment", "text": "Three quarters of the goal used"}]},
            {"id": "internal", "at": "internal-target",
             "actions": [{"do": "add-label", "label": "at-risk"}]}],
          "escalations": [
            {"id": "breached", "level": 1,
             "actions": [{"do": "email", "to": ["assignee", "project-lead", {"role": "Team leads"}]},
                         {"do": "set-priority", "priority": "Highest"}]},
            {"id": "manager", "level": 2, "after": "2h", "every": "4h",
             "actions": [{"do": "reassign", "user": "mia.manager"},
                         {"do": "transition", "transition": "Escalate"},
                         {"do": "comment", "visibility": "public", "text": "Escalated to a manager"},
                         {"do": "email", "to": ["reporter", {"user": "dora.director"}]}]}]}]}]}
      """;

  @Test
  void readsRemindersThenEscalationsWithTheirActions() {
    Metric metric = PolicyJson.parse(FILE).policies().get(0).metrics().get(0);

    assertThat(metric.alerts())
        .extracting(AlertRule::id)
        .containsExactly("hour-left", "three-quarters", "internal", "breached", "manager");
    AlertRule hourLeft = metric.alerts().get(0);
    assertThat(hourLeft.kind()).isEqualTo(AlertRule.Kind.REMINDER);
    assertThat(hourLeft.threshold()).isEqualTo(new AlertRule.BeforeBreach(ofHours(1)));
    assertThat(hourLeft.when())
        .isEqualTo(new Criteria(Map.of("priority", Set.of("Highest", "High"))));
    assertThat(hourLeft.actions())
        .containsExactly(
            new AlertAction.Email(
                List.of(
                    Recipient.of(Recipient.Kind.ASSIGNEE),
                    Recipient.of(Recipient.Kind.WATCHERS),
                    new Recipient(Recipient.Kind.GROUP, "leads"))));
    assertThat(metric.alerts().get(1).threshold()).isEqualTo(new AlertRule.PercentOfGoal(75));
    assertThat(metric.alerts().get(1).actions())
        .containsExactly(new AlertAction.Comment(true, "Three quarters of the goal used"));
    assertThat(metric.alerts().get(2).threshold()).isEqualTo(new AlertRule.InternalTarget());
    AlertRule breached = metric.alerts().get(3);
    assertThat(breached.level()).isEqualTo(1);
    assertThat(breached.threshold()).isEqualTo(new AlertRule.AfterBreach(Duration.ZERO));
    assertThat(breached.every()).isNull();
    AlertRule manager = metric.alerts().get(4);
    assertThat(manager.threshold()).isEqualTo(new AlertRule.AfterBreach(ofHours(2)));
    assertThat(manager.every()).isEqualTo(ofHours(4));
    assertThat(manager.describe()).isEqualTo("escalation level 2 at 2h after the breach, every 4h");
    assertThat(manager.describeActions())
        .isEqualTo(
            "reassign to mia.manager; transition Escalate; public comment \"Escalated to a"
                + " manager\"; email reporter, user dora.director");
  }

  @Test
  void writesWhatItReads() {
    SlaConfiguration config = PolicyJson.parse(FILE);

    String written = PolicyJson.write(config).toPrettyString();

    assertThat(PolicyJson.parse(written)).isEqualTo(config);
    assertThat(written).contains("\"reminders\"").contains("\"every\" : \"4h\"");
  }

  /**
   * The policy form builds reminders and escalations from the editor catalog alone: a rule made of
   * every threshold, level, action and recipient it offers reads as the format says.
   */
  @Test
  void everyRuleTheEditorOffersReads() {
    com.fasterxml.jackson.databind.JsonNode catalog = PolicyJson.editorCatalog().get("alerts");
    StringBuilder reminders = new StringBuilder();
    for (com.fasterxml.jackson.databind.JsonNode threshold : catalog.get("reminderThresholds")) {
      String value =
          switch (threshold.asText()) {
            case "before" -> "\"1h\"";
            case "percent" -> "75";
            default -> "\"" + catalog.get("internalTarget").asText() + "\"";
          };
      reminders.append(
          "{\"id\": \"r-%s\", \"%s\": %s, \"actions\": [{\"do\": \"add-label\", \"label\": \"x\"}]},"
              .formatted(threshold.asText(), threshold.asText(), value));
    }
    List<String> recipients = new java.util.ArrayList<>();
    catalog
        .get("recipients")
        .properties()
        .forEach(
            e ->
                recipients.add(
                    e.getValue().asBoolean()
                        ? "{\"" + e.getKey() + "\": \"someone\"}"
                        : "\"" + e.getKey() + "\""));
    List<String> actions = new java.util.ArrayList<>();
    catalog
        .get("actions")
        .properties()
        .forEach(
            e -> {
              StringBuilder action = new StringBuilder("{\"do\": \"" + e.getKey() + "\"");
              for (com.fasterxml.jackson.databind.JsonNode key : e.getValue()) {
                String value =
                    switch (key.asText()) {
                      case "to" -> "[" + String.join(", ", recipients) + "]";
                      case "visibility" ->
                          "\"" + catalog.get("visibilities").get(1).asText() + "\"";
                      default -> "\"x\"";
                    };
                action.append(", \"").append(key.asText()).append("\": ").append(value);
              }
              actions.add(action.append('}').toString());
            });
    StringBuilder escalations = new StringBuilder();
    for (com.fasterxml.jackson.databind.JsonNode level : catalog.get("levels")) {
      escalations.append(
          "{\"id\": \"e-%d\", \"level\": %d, \"after\": \"1h\", \"every\": \"%s\", \"actions\": [%s]},"
              .formatted(
                  level.asInt(),
                  level.asInt(),
                  catalog.get("minEvery").asText(),
                  String.join(", ", actions)));
    }
    String json =
        FILE.substring(0, FILE.indexOf("\"reminders\""))
            + "\"reminders\": ["
            + reminders.substring(0, reminders.length() - 1)
            + "], \"escalations\": ["
            + escalations.substring(0, escalations.length() - 1)
            + "]}]}]}";

    Metric metric = PolicyJson.parse(json).policies().get(0).metrics().get(0);

    assertThat(metric.alerts()).hasSize(3 + 4);
    assertThat(metric.alerts().get(6).level()).isEqualTo(4);
    assertThat(metric.alerts().get(6).every()).isEqualTo(Duration.ofMinutes(1));
    assertThat(metric.alerts().get(6).actions())
        .hasSize(6)
        .contains(new AlertAction.Comment(false, "x"))
        .contains(
            new AlertAction.Email(
                List.of(
                    Recipient.of(Recipient.Kind.ASSIGNEE),
                    Recipient.of(Recipient.Kind.REPORTER),
                    Recipient.of(Recipient.Kind.WATCHERS),
                    Recipient.of(Recipient.Kind.PROJECT_LEAD),
                    new Recipient(Recipient.Kind.USER, "someone"),
                    new Recipient(Recipient.Kind.GROUP, "someone"),
                    new Recipient(Recipient.Kind.ROLE, "someone"))));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
          # what is wrong             | replace                                  | with                                              | problem
          no threshold                | "before": "1h",                          | ,                                                 | policies[0].metrics[0].reminders[0]: say when: "before": "1h"
          two thresholds              | "before": "1h",                          | "before": "1h", "percent": 50,                    | policies[0].metrics[0].reminders[0]: give one of before, percent, not several
          before in days              | "before": "1h",                          | "before": "1d",                                   | policies[0].metrics[0].reminders[0].before: '1d' uses days or weeks
          before every goal           | "before": "1h",                          | "before": "8h",                                   | policies[0].metrics[0].reminders[0].before: 8h before the breach is at or before the start of every goal (the longest is 8h)
          percent of 100              | "percent": 75                            | "percent": 100                                    | policies[0].metrics[0].reminders[1].percent: must be a whole number from 1 to 99
          percent as text             | "percent": 75                            | "percent": "75%"                                  | policies[0].metrics[0].reminders[1].percent: must be a whole number from 1 to 99
          at something else           | "at": "internal-target"                  | "at": "breach"                                    | policies[0].metrics[0].reminders[2].at: must be "internal-target"
          no internal target anywhere | "internalTarget": "6h",                  | ,                                                 | policies[0].metrics[0].reminders[2].at: no goal row of this metric has an internal target
          id twice                    | "id": "internal"                         | "id": "hour-left"                                 | policies[0].metrics[0].reminders[2].id: id 'hour-left' is used twice
          id with a hash              | "id": "internal"                         | "id": "internal#1"                                | policies[0].metrics[0].reminders[2].id: use letters, digits
          no id                       | "id": "internal",                        | ,                                                 | policies[0].metrics[0].reminders[2].id: required
          level missing               | "level": 1,                              | ,                                                 | policies[0].metrics[0].escalations[0].level: required: 1 to 4
          level 5                     | "level": 2                               | "level": 5                                        | policies[0].metrics[0].escalations[1].level: must be a whole number from 1 to 4
          repeat too often            | "every": "4h"                            | "every": "30s"                                    | policies[0].metrics[0].escalations[1].every: must be at least 1m
          after negative              | "after": "2h"                            | "after": "-2h"                                    | policies[0].metrics[0].escalations[1].after: '-2h' is not a duration
          before on an escalation     | "after": "2h"                            | "before": "2h"                                    | policies[0].metrics[0].escalations[1].before: unknown key; an escalation has
          every on a reminder         | "percent": 75,                           | "percent": 75, "every": "1h",                     | policies[0].metrics[0].reminders[1].every: unknown key; a reminder has
          no actions                  | "actions": [{"do": "add-label", "label": "at-risk"}] | "actions": []                         | policies[0].metrics[0].reminders[2].actions: at least one action is needed
          unknown action              | "do": "add-label"                        | "do": "add-tag"                                   | policies[0].metrics[0].reminders[2].actions[0].do: unknown action 'add-tag'; use one of email, comment, set-priority, reassign, transition, add-label
          label with a space          | "label": "at-risk"                       | "label": "at risk"                                | policies[0].metrics[0].reminders[2].actions[0].label: a Jira label has no spaces
          comment without text        | "text": "Three quarters of the goal used" | "txt": "Three quarters"                          | policies[0].metrics[0].reminders[1].actions[0].txt: unknown key; a comment action has do, text, visibility
          comment visibility          | "visibility": "public"                   | "visibility": "customers"                         | policies[0].metrics[0].escalations[1].actions[2].visibility: must be "internal"
          unknown recipient           | "watchers",                              | "followers",                                      | policies[0].metrics[0].reminders[0].actions[0].to[1]: unknown recipient 'followers'
          unknown named recipient     | {"group": "leads"}                       | {"team": "leads"}                                 | policies[0].metrics[0].reminders[0].actions[0].to[2].team: unknown key; a recipient is
          empty user                  | {"user": "dora.director"}                | {"user": ""}                                      | policies[0].metrics[0].escalations[1].actions[3].to[1].user: must not be empty
          no recipients               | "to": ["reporter", {"user": "dora.director"}] | "to": []                                     | policies[0].metrics[0].escalations[1].actions[3].to: at least one recipient is needed
          reassign to nobody          | "user": "mia.manager"                    | "user": null                                      | policies[0].metrics[0].escalations[1].actions[0].user: required
          when not an object          | "when": {"priority": ["Highest", "High"]} | "when": "Highest"                                | policies[0].metrics[0].reminders[0].when: must be an object of field -> values
          reminders not a list        | "reminders": [                           | "reminders": {"r": ""}, "x": [                    | policies[0].metrics[0].reminders: must be an array
          """)
  void rejectsABrokenRuleNamingWhereAndWhat(
      String what, String replace, String with, String problem) {
    String json = FILE.replace(replace, with.equals(",") ? "" : with);
    assertThat(json).as("the test must change the file").isNotEqualTo(FILE);

    assertThatThrownBy(() -> PolicyJson.parse(json))
        .isInstanceOf(ValidationException.class)
        .satisfies(
            e ->
                assertThat(((ValidationException) e).problems())
                    .extracting(Problem::toString)
                    .anySatisfy(p -> assertThat(p).startsWith(problem)));
  }
}

package org.slaclocks.cli.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.slaclocks.cli.replay.ReplayCommandTest.replaySample;
import static org.slaclocks.cli.replay.ReplayCommandTest.sla;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slaclocks.format.Json;

/**
 * {@code sla replay --triggers} on the sample helpdesk, whose VIP first response has a reminder an
 * hour before the breach, an escalation at the breach and a repeating one two hours after it.
 */
class ReplayTriggersTest {
  static JsonNode replay;

  @BeforeAll
  static void replayTheSampleWithTriggers() {
    ReplayCommandTest.replayTheSampleOnce();
    ReplayCommandTest.Run run = replaySample("--format", "json", "--triggers");
    assertThat(run.status()).as(run.err()).isZero();
    replay = Json.parse(run.out(), "replay");
  }

  record Firing(String issue, JsonNode cycle, JsonNode trigger) {}

  static List<Firing> firings() {
    List<Firing> out = new ArrayList<>();
    for (JsonNode issue : replay.get("issues")) {
      for (JsonNode metric : issue.get("metrics")) {
        for (JsonNode trigger : metric.get("triggers")) {
          JsonNode cycle = metric.get("cycles").get(trigger.get("cycle").asInt() - 1);
          out.add(new Firing(issue.get("key").asText(), cycle, trigger));
        }
      }
    }
    return out;
  }

  @Test
  void everyEscalationAtTheBreachFiredAtTheCyclesBreachInstant() {
    List<Firing> late =
        firings().stream().filter(f -> f.trigger().get("rule").asText().equals("late")).toList();

    assertThat(late).hasSizeGreaterThan(5);
    assertThat(late)
        .allSatisfy(
            f -> {
              assertThat(f.trigger().get("due")).isEqualTo(f.cycle().get("breachAt"));
              assertThat(f.trigger().get("status").asText()).isEqualTo("fired");
              assertThat(f.trigger().get("level").asInt()).isEqualTo(1);
            });
  }

  @Test
  void aReminderFiresOnlyWhenTheCycleRanIntoItsLastHour() {
    List<Firing> reminders =
        firings().stream()
            .filter(f -> f.trigger().get("rule").asText().equals("hour-left"))
            .toList();

    assertThat(reminders).isNotEmpty();
    for (Firing f : reminders) {
      Instant due = Instant.parse(f.trigger().get("due").asText());
      JsonNode stop = f.cycle().get("stop");
      assertThat(stop.isNull() || Instant.parse(stop.asText()).isAfter(due)).isTrue();
      // on the 24/7 calendar an hour of working time is an hour
      if (f.cycle().get("calendar").asText().equals("24/7")
          && f.cycle().get("breached").asBoolean()) {
        assertThat(Instant.parse(f.cycle().get("breachAt").asText()))
            .isEqualTo(due.plus(Duration.ofHours(1)));
      }
    }
    // a VIP first response met well in time has no reminder
    assertThat(firings()).noneMatch(f -> f.issue().equals("HELP-1"));
  }

  @Test
  void theTableListsWhatFiredWithItsLocalTimeAndActions() {
    ReplayCommandTest.Run run = replaySample("--triggers");

    assertThat(run.status()).isZero();
    assertThat(run.out())
        .startsWith("Compliance summary at " + ReplayCommandTest.NOW)
        .contains("Reminders and escalations fired up to " + ReplayCommandTest.NOW)
        .doesNotContain("SLA cycles at")
        .containsPattern(
            "HELP-43 +first-response +1 +hour-left +reminder +- +2026-01-27T08:37:35Z"
                + " +2026-01-27T09:37:35\\+01:00 EMEA office +email assignee, role Service Desk"
                + " Team")
        .containsPattern(
            "HELP-43 +first-response +1 +late +escalation +1 +2026-01-27T09:37:35Z .*; add label"
                + " sla-late");
  }

  @Test
  void aTriggerDueAfterNowIsUpcomingNotFired() {
    // HELP-43's first response reminder is due 08:37:35Z, its breach at 09:37:35Z
    ReplayCommandTest.Run run =
        sla(
            "replay",
            "--policies",
            ReplayCommandTest.root.resolve("examples/helpdesk/policies.json").toString(),
            "--issues",
            ReplayCommandTest.root.resolve("examples/helpdesk/issues.json").toString(),
            "--now",
            "2026-01-27T09:00:00Z",
            "--triggers",
            "--format",
            "csv");

    assertThat(run.status()).as(run.err()).isZero();
    List<String> help43 = run.out().lines().filter(l -> l.startsWith("HELP-43,")).toList();
    assertThat(run.out().lines().findFirst().orElseThrow())
        .isEqualTo(
            "issue,policy,metric,cycle,trigger,rule,kind,level,occurrence,status,due,due_local,"
                + "calendar,actions");
    assertThat(help43)
        .containsExactly(
            "HELP-43,vip,first-response,1,hour-left,hour-left,reminder,,1,fired,"
                + "2026-01-27T08:37:35Z,2026-01-27T09:37:35+01:00,EMEA office,"
                + "\"email assignee, role Service Desk Team\"",
            "HELP-43,vip,first-response,1,late,late,escalation,1,1,upcoming,"
                + "2026-01-27T09:37:35Z,2026-01-27T10:37:35+01:00,EMEA office,"
                + "\"email assignee, project-lead; internal comment \"\"First response to a VIP"
                + " customer is late\"\"; add label sla-late\"");
  }

  @Test
  void csvWithTriggersHasOneRowPerFiring() {
    ReplayCommandTest.Run run = replaySample("--format", "csv", "--triggers");

    assertThat(run.status()).isZero();
    assertThat(run.out().lines().count()).isEqualTo(firings().size() + 1);
  }

  @Test
  void withoutTriggersTheJsonHasNone() {
    assertThat(ReplayCommandTest.metric("HELP-43", "first-response").has("triggers")).isFalse();
  }

  @Test
  void aPolicyFileWithoutRulesSaysSo(@TempDir Path dir) throws IOException {
    Path policies = dir.resolve("policies.json");
    String sample =
        Files.readString(ReplayCommandTest.root.resolve("examples/helpdesk/policies.json"));
    JsonNode tree = Json.parse(sample, "policies");
    for (JsonNode policy : tree.get("policies")) {
      for (JsonNode metric : policy.get("metrics")) {
        ((com.fasterxml.jackson.databind.node.ObjectNode) metric).remove("reminders");
        ((com.fasterxml.jackson.databind.node.ObjectNode) metric).remove("escalations");
      }
    }
    Files.writeString(policies, tree.toString());

    ReplayCommandTest.Run run =
        sla(
            "replay",
            "--policies",
            policies.toString(),
            "--issues",
            ReplayCommandTest.root.resolve("examples/helpdesk/issues.json").toString(),
            "--now",
            ReplayCommandTest.NOW,
            "--triggers");

    assertThat(run.status()).isZero();
    assertThat(run.out())
        .contains("Reminders and escalations: the policy file has none (docs/policy-format.md)");
  }

  @Test
  void triggersAndSummaryOnlyCannotBeAskedTogether() {
    ReplayCommandTest.Run run = replaySample("--triggers", "--summary-only");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("--triggers and --summary-only contradict each other");
  }
}

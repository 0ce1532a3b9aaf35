package org.slaclocks.cli.replay;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slaclocks.cli.SlaCommand;
import org.slaclocks.cli.jira.JiraFixtures;
import org.slaclocks.format.Json;

/** The replay of the bundled sample helpdesk and of real Jira exports, through the command line. */
class ReplayCommandTest {
  static final String NOW = "2026-05-04T08:00:00Z";
  static Path root;
  static JsonNode sample;

  record Run(int status, String out, String err) {}

  static Run sla(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status =
        SlaCommand.run(
            new StringReader(""), new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(status, out.toString(), err.toString());
  }

  /** {@code sla replay} of the bundled sample at {@link #NOW}, with more arguments. */
  static Run replaySample(String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "replay",
                "--policies",
                root.resolve("examples/helpdesk/policies.json").toString(),
                "--issues",
                root.resolve("examples/helpdesk/issues.json").toString(),
                "--now",
                NOW));
    args.addAll(List.of(more));
    return sla(args.toArray(String[]::new));
  }

  @BeforeAll
  static void replayTheSampleOnce() {
    root = Path.of("").toAbsolutePath();
    while (!Files.exists(root.resolve("examples/helpdesk/policies.json"))) {
      root = root.getParent();
    }
    Run run = replaySample("--format", "json");
    assertThat(run.status()).as(run.err()).isZero();
    sample = Json.parse(run.out(), "replay");
  }

  static JsonNode metric(String key, String metric) {
    for (JsonNode issue : sample.get("issues")) {
      if (issue.get("key").asText().equals(key)) {
        for (JsonNode m : issue.get("metrics")) {
          if (m.get("metric").asText().equals(metric)) {
            return m;
          }
        }
      }
    }
    throw new AssertionError(key + " has no metric " + metric);
  }

  @Test
  void replaysEveryIssueOfTheSample() {
    assertThat(sample.get("formatVersion").asInt()).isEqualTo(1);
    assertThat(sample.get("now").asText()).isEqualTo(NOW);
    assertThat(sample.get("issues")).hasSize(300);
    assertThat(sample.get("failures")).isEmpty();
    assertThat(sample.get("undetermined")).isEmpty();
  }

  @Test
  void theVipCustomerGetsTheVipPolicy() {
    // HELP-1 is reported by Acme Corp, HELP-2 by another organisation
    assertThat(sample.get("issues").get(0).get("policy").asText()).isEqualTo("vip");
    assertThat(sample.get("issues").get(1).get("policy").asText()).isEqualTo("standard");
  }

  @Test
  void firstResponseOfHelp1CountsOnlyOfficeHours() {
    JsonNode cycle = metric("HELP-1", "first-response").get("cycles").get(0);

    // Mon 5 Jan 11:38:18 to 16:39:18 Amsterdam, all inside 09:00-17:30
    assertThat(cycle.get("start").asText()).isEqualTo("2026-01-05T10:38:18Z");
    assertThat(cycle.get("stop").asText()).isEqualTo("2026-01-05T15:39:18Z");
    assertThat(cycle.get("elapsedSeconds").asLong()).isEqualTo(5 * 3600 + 60);
    assertThat(cycle.get("state").asText()).isEqualTo("MET");
    assertThat(cycle.get("calendar").asText()).isEqualTo("EMEA office");
  }

  @Test
  void aLateNextResponseOfHelp1BreachesAtTheDeadlineInOfficeHours() {
    JsonNode clock = metric("HELP-1", "next-response");
    JsonNode late = clock.get("cycles").get(5);

    // from Wed 14 Jan 12:19:11 Amsterdam: 5h10m49s on Wednesday, 49m11s on Thursday from 09:00
    assertThat(late.get("start").asText()).isEqualTo("2026-01-14T11:19:11Z");
    assertThat(late.get("breachAt").asText()).isEqualTo("2026-01-15T08:49:11Z");
    assertThat(late.get("state").asText()).isEqualTo("BREACHED");
    assertThat(late.get("elapsedSeconds").asLong()).isEqualTo(19 * 3600 + 22 * 60 + 36);
    assertThat(late.get("remainingSeconds").asLong())
        .isEqualTo(6 * 3600 - (19 * 3600 + 22 * 60 + 36));
    assertThat(clock.get("everBreached").asBoolean()).isTrue();
  }

  @Test
  void resolutionOfHelp1PausesWhileWaitingForTheCustomerAndRestartsOnReopening() {
    JsonNode clock = metric("HELP-1", "resolution");

    assertThat(clock.get("cycles")).hasSize(2);
    JsonNode first = clock.get("cycles").get(0);
    assertThat(first.get("pauses").get(0).get("cause").asText())
        .isEqualTo("status Waiting for customer");
    assertThat(first.get("pauses").get(0).get("from").asText()).isEqualTo("2026-01-07T12:31:47Z");
    assertThat(clock.get("cycles").get(1).get("timeline").get(0).get("cause").asText())
        .startsWith("resolution")
        .endsWith("cleared");
  }

  @Test
  void theSummaryCountsEveryCycleOfEveryMetric() {
    List<String> rows = new ArrayList<>();
    int cycles = 0;
    for (JsonNode issue : sample.get("issues")) {
      for (JsonNode m : issue.get("metrics")) {
        cycles += m.get("cycles").size();
      }
    }
    int counted = 0;
    for (JsonNode s : sample.get("summary")) {
      rows.add(s.get("policy").asText() + "/" + s.get("metric").asText());
      counted +=
          s.get("met").asInt()
              + s.get("breached").asInt()
              + s.get("running").asInt()
              + s.get("paused").asInt();
      double decided =
          s.get("met").asInt() + s.get("breached").asInt() + s.get("openBreached").asInt();
      if (decided == 0) {
        assertThat(s.get("compliancePercent").isNull()).isTrue();
        continue;
      }
      assertThat(s.get("compliancePercent").asDouble())
          .isCloseTo(
              100.0 * s.get("met").asInt() / decided, org.assertj.core.data.Offset.offset(0.05));
    }
    assertThat(counted).isEqualTo(cycles);
    assertThat(rows)
        .containsExactly(
            "vip/first-response",
            "vip/next-response",
            "vip/resolution",
            "vip/engineering-ola",
            "standard/first-response",
            "standard/next-response",
            "standard/resolution",
            "standard/engineering-ola",
            // The second desk's policy covers none of the helpdesk's issues: shown with zeros.
            "operations/first-response",
            "operations/resolution");
  }

  @Test
  void theTableShowsTheSummaryAndNoCycleUnlessAsked() {
    Run run = replaySample();

    assertThat(run.status()).isZero();
    assertThat(run.out())
        .startsWith("Compliance summary at " + NOW + " (300 issues replayed)")
        .containsPattern("Acme Corp \\(VIP\\) +Time to first response +91 ")
        .doesNotContain("SLA cycles at")
        .doesNotContain("HELP-1 ");
    assertThat(run.out().lines()).hasSizeLessThan(20);
  }

  @Test
  void cyclesFollowTheSummaryWhenAsked() {
    Run run = replaySample("--cycles");

    assertThat(run.status()).isZero();
    String out = run.out();
    assertThat(out)
        .startsWith("Compliance summary at " + NOW + " (300 issues replayed)")
        .contains("HELP-1 resolution #1 paused: status Waiting for customer 2026-01-07T12:31:47Z");
    assertThat(out.indexOf("SLA cycles at " + NOW)).isGreaterThan(out.indexOf("COMPLIANCE"));
    List<String> issueColumn =
        out.lines()
            .dropWhile(line -> !line.startsWith("SLA cycles at"))
            .skip(2)
            .takeWhile(line -> !line.isBlank())
            .map(line -> line.substring(0, line.indexOf(' ')))
            .distinct()
            .toList();
    assertThat(issueColumn).hasSize(300).startsWith("HELP-1", "HELP-2").endsWith("HELP-300");
  }

  @Test
  void cyclesAndSummaryOnlyCannotBeAskedTogether() {
    Run run = replaySample("--cycles", "--summary-only");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("--cycles and --summary-only contradict each other");
  }

  @Test
  void anExportOfWhichNothingCanBeReadFailsAndSaysSo(@TempDir Path dir) throws IOException {
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "{\"issues\": [{\"fields\": {}}, {\"key\": \"HELP-1\"}]}");

    Run run =
        sla(
            "replay",
            "--policies",
            root.resolve("examples/helpdesk/policies.json").toString(),
            "--issues",
            broken.toString(),
            "--now",
            NOW);

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err())
        .contains("sla: nothing could be read from " + broken + ": 2 skipped, the first: ")
        .contains("the issue has no key");
    assertThat(run.out()).contains("(0 issues replayed)").contains("Skipped (could not be read)");
  }

  @Test
  void anExportWithSomeUnreadableIssuesIsReplayedAndListsThem(@TempDir Path dir)
      throws IOException {
    String good = Files.readString(root.resolve("examples/helpdesk/issues.json"));
    Path mixed = dir.resolve("mixed.json");
    Files.writeString(mixed, good.replaceFirst("\"key\": \"HELP-2\",", ""));

    Run table =
        sla(
            "replay",
            "--policies",
            root.resolve("examples/helpdesk/policies.json").toString(),
            "--issues",
            mixed.toString(),
            "--now",
            NOW);
    Run csv =
        sla(
            "replay",
            "--policies",
            root.resolve("examples/helpdesk/policies.json").toString(),
            "--issues",
            mixed.toString(),
            "--now",
            NOW,
            "--format",
            "csv");

    assertThat(table.status()).isZero();
    assertThat(table.out())
        .contains("(299 issues replayed)")
        .contains("Skipped (could not be read)\n  " + mixed + "#1: the issue has no key");
    assertThat(csv.status()).isZero();
    assertThat(csv.err()).contains("sla: skipped " + mixed + "#1: the issue has no key");
  }

  @Test
  void aGzipExportGivesTheSameReplay(@TempDir Path dir) throws IOException {
    Path gz = dir.resolve("issues.json.gz");
    try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
      Files.copy(root.resolve("examples/helpdesk/issues.json"), out);
    }

    Run run =
        sla(
            "replay",
            "--policies",
            root.resolve("examples/helpdesk/policies.json").toString(),
            "--issues",
            gz.toString(),
            "--now",
            NOW,
            "--format",
            "json");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(Json.parse(run.out(), "replay")).isEqualTo(sample);
  }

  @Test
  void oneThreadAndSeveralGiveTheSameBytes() {
    Run one = replaySample("--format", "csv", "--threads", "1");
    Run four = replaySample("--format", "csv", "--threads", "4");

    assertThat(one.status()).isZero();
    assertThat(four.out()).isEqualTo(one.out());
  }

  @Test
  void csvHasOneRowPerCycle() {
    Run run = replaySample("--format", "csv");
    int cycles = 0;
    for (JsonNode issue : sample.get("issues")) {
      for (JsonNode m : issue.get("metrics")) {
        cycles += m.get("cycles").size();
      }
    }

    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(0)).startsWith("issue,policy,metric,cycle,state,start,stop,goal_seconds");
    assertThat(lines).hasSize(cycles + 1);
    assertThat(lines.get(1)).startsWith("HELP-1,vip,first-response,1,MET,2026-01-05T10:38:18Z,");
  }

  @Test
  void readsEveryRealJiraExportAndReportsWhatItCannotDo(@TempDir Path dir) throws IOException {
    Path policies = dir.resolve("policies.json");
    Files.writeString(
        policies,
        """
        {"calendars": [{"name": "24/7", "zone": "UTC", "hours": "24/7"}],
         "policies": [
           {"id": "jql", "name": "Scoped by JQL", "scope": {"projects": ["HST"], "jql": "labels = vip"},
            "metrics": [{"id": "ttr", "name": "Time to resolution", "template": "resolution",
                         "goals": [{"target": "8h", "calendar": "24/7"}]}]},
           {"id": "all", "name": "Everything", "metrics": [
             {"id": "ttr", "name": "Time to resolution", "template": "resolution",
              "goals": [{"target": "8h", "calendar": "24/7"}]},
             {"id": "in-progress", "name": "Time in progress", "template": "ola",
              "statuses": ["In Progress", "Dev Active"],
              "goals": [{"target": "40h", "calendar": "24/7"}]}]}]}
        """);
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "{\"issues\": [{\"fields\": {}}]");
    List<String> args = new ArrayList<>(List.of("replay", "--policies", policies.toString()));
    for (Path fixture : JiraFixtures.all()) {
      args.add("--issues");
      args.add(fixture.toString());
    }
    args.addAll(List.of("--issues", broken.toString(), "--now", NOW, "--format", "json"));

    Run run = sla(args.toArray(String[]::new));

    assertThat(run.status()).as(run.err()).isZero();
    JsonNode report = Json.parse(run.out(), "replay");
    // 25 + 1 + 1 + 1 + 1 issues, one of them (HST-1) under a JQL policy
    assertThat(report.get("issues").size() + report.get("undetermined").size()).isEqualTo(29);
    assertThat(report.get("undetermined").get(0).get("key").asText()).isEqualTo("HST-1");
    assertThat(report.get("undetermined").get(0).get("reason").asText())
        .contains("Scoped by JQL")
        .contains("labels = vip");
    assertThat(report.get("failures").get(0).get("subject").asText()).contains("broken.json");
    // TST-8 was resolved: its resolution clock stopped
    JsonNode tst8 = null;
    for (JsonNode issue : report.get("issues")) {
      if (issue.get("key").asText().equals("TST-8")) {
        tst8 = issue;
      }
    }
    assertThat(tst8).isNotNull();
    assertThat(tst8.get("metrics").get(0).get("state").asText()).isIn("MET", "BREACHED");
  }

  /** The file names issues by key; the replay applies each window to that issue's id only. */
  @Test
  void anExclusionNamingAnIssueKeyAppliesToThatIssueOnlyAndAnUnknownKeyIsReported(@TempDir Path dir)
      throws IOException {
    String sample = Files.readString(root.resolve("examples/helpdesk/policies.json"));
    String exclusions =
        "\"exclusions\": [{\"id\": \"vendor\", \"from\": \"2026-01-05T12:00:00Z\", \"to\":"
            + " \"2026-01-05T13:00:00Z\", \"reason\": \"Vendor outage\", \"issue\": \"HELP-1\"},"
            + " {\"id\": \"typo\", \"from\": \"2026-01-05T12:00:00Z\", \"to\":"
            + " \"2026-01-05T13:00:00Z\", \"reason\": \"Typo\", \"issue\": \"HELP-9999\"}],";
    String changed = sample.replaceFirst("\"exclusions\": \\[[^\\]]*\\],", exclusions);
    assertThat(changed).as("the test must change the file").isNotEqualTo(sample);
    Path policies = dir.resolve("policies.json");
    Files.writeString(policies, changed);

    Run run =
        sla(
            "replay",
            "--policies",
            policies.toString(),
            "--issues",
            root.resolve("examples/helpdesk/issues.json").toString(),
            "--now",
            NOW,
            "--format",
            "json");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.err())
        .contains(
            "exclusion 'typo' names issue HELP-9999, which the export does not have: it applies to"
                + " no issue");
    List<String> excluded = new ArrayList<>();
    for (JsonNode issue : Json.parse(run.out(), "replay").get("issues")) {
      for (JsonNode pause : issue.findValues("pauses")) {
        for (JsonNode p : pause) {
          if (p.get("cause").asText().contains("Vendor outage")) {
            excluded.add(issue.get("key").asText());
          }
        }
      }
    }
    assertThat(excluded).isNotEmpty().containsOnly("HELP-1");
  }

  @Test
  void aBrokenPolicyFileStopsWithEveryProblem(@TempDir Path dir) throws IOException {
    Path policies = dir.resolve("policies.json");
    Files.writeString(
        policies,
        "{\"calendars\": [], \"policies\": [{\"id\": \"p\", \"name\": \"P\", \"metrics\": [{\"id\":"
            + " \"m\", \"name\": \"M\", \"template\": \"first-reply\", \"goals\": [{\"target\":"
            + " \"2d\", \"calendar\": \"x\"}]}]}]}");

    Run run =
        sla(
            "replay",
            "--policies",
            policies.toString(),
            "--issues",
            root.resolve("examples/helpdesk/issues.json").toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .contains("policies[0].metrics[0].template: unknown template 'first-reply'")
        .contains("policies[0].metrics[0].goals[0].target: '2d' uses days or weeks")
        .contains("policies[0].metrics[0].goals[0].calendar: no calendar named 'x'");
  }

  @Test
  void badArgumentsShowTheUsage() {
    Run run = sla("replay", "--issues", "x.json");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("Missing required option: '--policies=FILE'").contains("Usage:");

    Run badNow =
        sla(
            "replay",
            "--policies",
            root.resolve("examples/helpdesk/policies.json").toString(),
            "--issues",
            "x.json",
            "--now",
            "yesterday");
    assertThat(badNow.status()).isEqualTo(2);
    assertThat(badNow.err()).contains("--now: 'yesterday' is not an instant");

    Run badFormat = sla("replay", "--policies", "p", "--issues", "i", "--format", "xml");
    assertThat(badFormat.status()).isEqualTo(2);
    assertThat(badFormat.err()).contains("xml");
  }
}

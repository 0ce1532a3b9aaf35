package org.slaclocks.cli.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.slaclocks.cli.replay.ReplayCommandTest.NOW;
import static org.slaclocks.cli.replay.ReplayCommandTest.sla;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slaclocks.format.Json;

/** {@code sla report} on the bundled sample helpdesk, checked against {@code sla replay}. */
class ReportCommandTest {
  static Path root;
  static JsonNode replaySummary;
  static List<String[]> replayCycles;

  static ReplayCommandTest.Run report(String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "report",
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
  static void replayTheSample() {
    root = Path.of("").toAbsolutePath();
    while (!Files.exists(root.resolve("examples/helpdesk/policies.json"))) {
      root = root.getParent();
    }
    ReplayCommandTest.root = root;
    ReplayCommandTest.Run json = ReplayCommandTest.replaySample("--format", "json");
    assertThat(json.status()).as(json.err()).isZero();
    replaySummary = Json.parse(json.out(), "replay").get("summary");
    ReplayCommandTest.Run csv = ReplayCommandTest.replaySample("--format", "csv");
    assertThat(csv.status()).as(csv.err()).isZero();
    replayCycles = new ArrayList<>();
    for (String line : csv.out().split("\r\n")) {
      if (!line.startsWith("issue,")) {
        replayCycles.add(line.split(",", -1));
      }
    }
  }

  /** CSV rows of a report keyed by policy/metric (and value), the cells after them. */
  static Map<String, String[]> rows(String csv, int keyColumns) {
    Map<String, String[]> out = new HashMap<>();
    String[] lines = csv.split("\r\n");
    for (int i = 1; i < lines.length; i++) {
      String[] cells = lines[i].split(",", -1);
      out.put(
          String.join("/", List.of(cells).subList(0, keyColumns)),
          List.of(cells).subList(keyColumns, cells.length).toArray(String[]::new));
    }
    return out;
  }

  @Test
  void overTheWholeOfTimeGivesReplaysSummaryFigureForFigure() {
    ReplayCommandTest.Run run =
        report(
            "--from",
            "2000-01-01",
            "--to",
            "2099-12-31",
            "--format",
            "csv",
            "--report",
            "compliance");

    assertThat(run.status()).as(run.err()).isZero();
    Map<String, String[]> rows = rows(run.out(), 2);
    int compared = 0;
    for (JsonNode s : replaySummary) {
      String[] row = rows.get(s.get("policy").asText() + "/" + s.get("metric").asText());
      if (s.get("issues").asInt() == 0) {
        assertThat(row).isNull();
        continue;
      }
      // issues, met, breached, late_open, running, paused, at_risk, compliance
      assertThat(row)
          .as(s.toString())
          .containsExactly(
              s.get("issues").asText(),
              s.get("met").asText(),
              s.get("breached").asText(),
              s.get("openBreached").asText(),
              s.get("running").asText(),
              s.get("paused").asText(),
              s.get("atRisk").asText(),
              s.get("compliancePercent").isNull() ? "" : s.get("compliancePercent").asText());
      compared++;
    }
    assertThat(compared).isGreaterThan(5);
  }

  @ParameterizedTest(name = "{0} to {1} in {2}")
  @CsvSource({
    "2026-03-01, 2026-03-31, Europe/Amsterdam",
    // 47 hours: the clocks go forward in Amsterdam on the Sunday (the zones count differently)
    "2026-03-29, 2026-03-30, Europe/Amsterdam",
    "2026-03-29, 2026-03-30, UTC",
    // before the sample: nothing
    "2025-01-01, 2025-01-31, UTC"
  })
  void countsTheCyclesReplayStoppedOrBreachedInThePeriod(String from, String to, String zone) {
    ZoneId z = ZoneId.of(zone);
    Instant start = LocalDate.parse(from).atStartOfDay(z).toInstant();
    Instant end = LocalDate.parse(to).plusDays(1).atStartOfDay(z).toInstant();
    Map<String, int[]> expected = new HashMap<>();
    int breaches = 0;
    for (String[] c : replayCycles) {
      // issue,policy,metric,cycle,state,start,stop,...,breached(13),breach_at(14)
      String state = c[4];
      Instant decided =
          state.equals("MET") || state.equals("BREACHED")
              ? Instant.parse(c[6])
              : c[14].isEmpty() ? null : Instant.parse(c[14]);
      if (decided == null || decided.isBefore(start) || !decided.isBefore(end)) {
        continue;
      }
      int[] counts = expected.computeIfAbsent(c[1] + "/" + c[2], k -> new int[3]);
      counts[state.equals("MET") ? 0 : state.equals("BREACHED") ? 1 : 2]++;
      breaches += state.equals("MET") ? 0 : 1;
    }

    ReplayCommandTest.Run compliance =
        report(
            "--from",
            from,
            "--to",
            to,
            "--zone",
            zone,
            "--format",
            "csv",
            "--report",
            "compliance");
    ReplayCommandTest.Run heatMap =
        report(
            "--from", from, "--to", to, "--zone", zone, "--format", "csv", "--report", "heatmap");

    assertThat(compliance.status()).as(compliance.err()).isZero();
    assertThat(expected.isEmpty())
        .as("the sample has cycles then")
        .isEqualTo(from.startsWith("2025"));
    Map<String, String[]> rows = rows(compliance.out(), 2);
    for (Map.Entry<String, int[]> e : expected.entrySet()) {
      assertThat(rows.get(e.getKey())).as(e.getKey()).isNotNull();
      assertThat(List.of(rows.get(e.getKey())).subList(1, 4))
          .as(e.getKey())
          .containsExactly(
              Integer.toString(e.getValue()[0]),
              Integer.toString(e.getValue()[1]),
              Integer.toString(e.getValue()[2]));
    }
    int mapped = 0;
    for (String line : heatMap.out().split("\r\n")) {
      if (!line.startsWith("weekday")) {
        for (String n : line.substring(line.indexOf(',') + 1).split(",")) {
          mapped += Integer.parseInt(n);
        }
      }
    }
    assertThat(mapped).isEqualTo(breaches);
    if (from.startsWith("2025")) {
      assertThat(compliance.out())
          .isEqualTo(
              "policy,metric,issues,met,breached,late_open,running,paused,at_risk,compliance\r\n");
      assertThat(breaches).isZero();
    }
  }

  @Test
  void aBreakdownByAFieldAddsUpToTheMetricsFigures() {
    String[] period = {
      "--from", "2026-03-01", "--to", "2026-03-31", "--format", "csv", "--report", "compliance"
    };
    ReplayCommandTest.Run whole = report(period);
    List<String> byOrganization = new ArrayList<>(List.of(period));
    byOrganization.addAll(List.of("--by", "Organization"));
    ReplayCommandTest.Run split = report(byOrganization.toArray(String[]::new));

    assertThat(split.status()).as(split.err()).isZero();
    assertThat(split.out()).startsWith("policy,metric,Organization,issues,");
    Map<String, int[]> sums = new HashMap<>();
    rows(split.out(), 3)
        .forEach(
            (key, cells) -> {
              int[] sum =
                  sums.computeIfAbsent(key.substring(0, key.lastIndexOf('/')), k -> new int[3]);
              for (int i = 0; i < 3; i++) {
                sum[i] += Integer.parseInt(cells[i + 1]);
              }
            });
    assertThat(split.out()).contains("standard,resolution,Globex,");
    rows(whole.out(), 2)
        .forEach(
            (key, cells) ->
                assertThat(sums.get(key))
                    .as(key)
                    .containsExactly(
                        Integer.parseInt(cells[1]),
                        Integer.parseInt(cells[2]),
                        Integer.parseInt(cells[3])));
  }

  @Test
  void givesAcmeCorpItsStatementWithTheCreditsOfTheVipPolicy() {
    ReplayCommandTest.Run text =
        report(
            "--from",
            "2026-03-01",
            "--to",
            "2026-03-31",
            "--zone",
            "Europe/Amsterdam",
            "--customer",
            "Acme Corp");
    ReplayCommandTest.Run csv =
        report(
            "--from",
            "2026-03-01",
            "--to",
            "2026-03-31",
            "--zone",
            "Europe/Amsterdam",
            "--customer",
            "Acme Corp",
            "--format",
            "csv");

    assertThat(text.status()).as(text.err()).isZero();
    // resolution met 20 of 24 (83.3 %, below 99.5 %): 5 % of EUR 4000 = 200; two first responses
    // late at EUR 50 each = 100; one Highest resolution late at 2 % of 4000 = 80; the cap is 1200
    assertThat(text.out())
        .contains("SLA statement for Acme Corp, Acme Corp (VIP), 2026-03-01 to 2026-03-31")
        .contains("Time to resolution compliance 83.3% is below 99.5%: 5% of the fee, EUR 200.00")
        .contains("2 breaches of Time to first response x EUR 50.00")
        .contains("1 breach of Time to resolution (priority Highest) x 2% of the fee, EUR 80.00")
        .containsPattern("Service credit +380.00");
    assertThat(csv.out())
        .contains("vip,metric,resolution,,")
        .contains(",20,4,83.3,")
        .endsWith("vip,credit_total,,,,,,,,,,,380.00\r\n");
    long breachRows = csv.out().lines().filter(l -> l.startsWith("vip,breach,")).count();
    long replayed =
        replayCycles.stream()
            .filter(c -> c[1].equals("vip") && c[4].equals("BREACHED"))
            .filter(c -> !Instant.parse(c[6]).isBefore(Instant.parse("2026-02-28T23:00:00Z")))
            .filter(c -> Instant.parse(c[6]).isBefore(Instant.parse("2026-03-31T22:00:00Z")))
            .count();
    assertThat(breachRows).isEqualTo(replayed);
  }

  @Test
  void escapesEveryNameInHtml(@TempDir Path dir) throws IOException {
    Path policies = dir.resolve("policies.json");
    Files.writeString(
        policies,
        Files.readString(root.resolve("examples/helpdesk/policies.json"))
            .replace("\"Acme Corp (VIP)\"", "\"Acme <b>VIP</b> & 'Co' \\\"x\\\"\""));

    ReplayCommandTest.Run html =
        sla(
            "report",
            "--policies",
            policies.toString(),
            "--issues",
            root.resolve("examples/helpdesk/issues.json").toString(),
            "--now",
            NOW,
            "--from",
            "2026-03-01",
            "--to",
            "2026-03-31",
            "--format",
            "html");
    ReplayCommandTest.Run statement =
        sla(
            "report",
            "--policies",
            policies.toString(),
            "--issues",
            root.resolve("examples/helpdesk/issues.json").toString(),
            "--now",
            NOW,
            "--from",
            "2026-03-01",
            "--to",
            "2026-03-31",
            "--format",
            "html",
            "--customer",
            "<script>alert(1)</script>");

    assertThat(html.status()).as(html.err()).isZero();
    assertThat(html.out())
        .startsWith("<!DOCTYPE html>")
        .contains("Acme &lt;b&gt;VIP&lt;/b&gt; &amp; &#39;Co&#39; &quot;x&quot;")
        .doesNotContain("<b>VIP")
        .contains("<caption>Breaches by weekday and hour");
    assertThat(statement.out())
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .doesNotContain("<script>");
    assertThat(statement.err()).contains("has no cycle in the period");
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          --to 2026-02-01 --from 2026-03-01                        | --to 2026-02-01 is before --from 2026-03-01
          --from 2026-03-01 --to 31.03.2026                        | --to: '31.03.2026' is not a date; write e.g. 2026-03-01
          --from 2026-03-01 --to 2026-03-31 --zone Mars/Olympus    | --zone: 'Mars/Olympus' is not a time zone
          --from 2026-03-01 --to 2026-03-31 --format csv           | --format csv writes one report: choose it with --report
          --from 2026-03-01 --to 2026-03-31 --limit 0              | --limit must be 1 or more, was 0
          --from 2026-03-01 --to 2026-03-31 --customer X --report trend | --customer prints a statement: leave --report out
          """)
  void refusesBadArgumentsSayingWhy(String args, String message) {
    ReplayCommandTest.Run run = report(args.trim().split(" +"));

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains(message);
  }

  @Test
  void aStatementNeedsAPolicyWithCredits(@TempDir Path dir) throws IOException {
    Path policies = dir.resolve("policies.json");
    String file = Files.readString(root.resolve("examples/helpdesk/policies.json"));
    Files.writeString(
        policies,
        file.substring(0, file.indexOf(",\n      \"credits\""))
            + file.substring(file.indexOf("\n    },\n    {\n      \"id\": \"standard\"")));

    ReplayCommandTest.Run run =
        sla(
            "report",
            "--policies",
            policies.toString(),
            "--issues",
            root.resolve("examples/helpdesk/issues.json").toString(),
            "--now",
            NOW,
            "--from",
            "2026-03-01",
            "--to",
            "2026-03-31",
            "--customer",
            "Acme Corp");

    assertThat(run.status()).as(run.out()).isEqualTo(1);
    assertThat(run.err()).contains("no policy has credits, so there is no statement to print");
  }
}

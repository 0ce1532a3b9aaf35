package org.slaclocks.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slaclocks.query.function.SlaFunction;

/**
 * Every SLA search function, answered by the sandbox from the stored clocks (the core's questions
 * over the app's store), equals the answer read off {@code sla replay --now --format json} on the
 * same export, at several instants: each question defined on the replay's cycles exactly as the
 * core's {@code ClockQuestions} defines it (live equals replay).
 */
class SearchEqualsReplayTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The searcher's zone: local dates in the searches are midnight here. */
  private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

  private static final List<String> INSTANTS =
      List.of(
          "2026-02-17T12:00:00Z", // inside the mail-outage exclusion window (every issue)
          "2026-03-29T01:30:00Z", // the EU DST night, a Sunday: calendars closed
          "2026-04-28T09:30:00Z", // Tuesday morning, EMEA office open
          "2026-05-04T08:00:00Z"); // the export's instant

  private static final List<String> METRICS =
      List.of("first-response", "next-response", "resolution", "engineering-ola");

  @TempDir Path data;

  /** One metric's clock of one issue in the replay, at the replay's now. */
  record Clock(String policy, JsonNode metric, Instant now) {
    List<JsonNode> cycles() {
      List<JsonNode> out = new ArrayList<>();
      metric.get("cycles").forEach(out::add);
      return out;
    }

    JsonNode current() {
      List<JsonNode> cycles = cycles();
      return cycles.get(cycles.size() - 1);
    }

    String state() {
      return current().get("state").asText();
    }

    boolean open() {
      return instant(current(), "stop") == null;
    }

    boolean running() {
      return state().equals("RUNNING");
    }

    long elapsed() {
      return current().get("elapsedSeconds").asLong();
    }

    long remaining() {
      return current().get("remainingSeconds").asLong();
    }

    long goal() {
      return current().get("goalSeconds").asLong();
    }

    boolean before(Instant at, Instant bound) {
      return at != null && at.isBefore(bound);
    }
  }

  /** A search and its answer defined on the replay. */
  record Case(SlaFunction function, String jql, Predicate<Clock> replay) {}

  private static Instant instant(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : Instant.parse(value.asText());
  }

  private static boolean compare(long a, String op, long b) {
    return switch (op) {
      case "<" -> a < b;
      case "<=" -> a <= b;
      case ">" -> a > b;
      case ">=" -> a >= b;
      default -> throw new IllegalArgumentException(op);
    };
  }

  private static String call(SlaFunction f, String metric, String... more) {
    StringBuilder s = new StringBuilder("issue in ").append(f.functionName()).append("(");
    s.append('"').append(metric).append('"');
    for (String m : more) {
      s.append(", \"").append(m).append('"');
    }
    return s.append(")").toString();
  }

  /** The cases for one metric at {@code now}; the metric by id or, for one, by its name. */
  private static List<Case> cases(String metric, Instant now) {
    List<Case> c = new ArrayList<>();
    c.add(
        new Case(
            SlaFunction.BREACHED,
            call(SlaFunction.BREACHED, metric),
            k -> k.before(instant(k.current(), "breachAt"), k.now())));
    c.add(
        new Case(
            SlaFunction.EVER_BREACHED,
            call(SlaFunction.EVER_BREACHED, metric),
            k -> k.cycles().stream().anyMatch(y -> k.before(instant(y, "breachAt"), k.now()))));
    c.add(
        new Case(
            SlaFunction.AT_RISK,
            call(SlaFunction.AT_RISK, metric),
            k -> k.before(instant(k.current(), "atRiskAt"), k.now())));
    c.add(new Case(SlaFunction.RUNNING, call(SlaFunction.RUNNING, metric), Clock::running));
    c.add(
        new Case(
            SlaFunction.PAUSED,
            call(SlaFunction.PAUSED, metric),
            k -> {
              if (!k.state().equals("PAUSED")) {
                return false;
              }
              for (JsonNode pause : k.current().get("pauses")) {
                Instant to = instant(pause, "to");
                if (pause.get("kind").asText().equals("CONDITION")
                    && (to == null || to.isAfter(k.now()))) {
                  return true;
                }
              }
              return false;
            }));
    c.add(
        new Case(
            SlaFunction.COMPLETED,
            call(SlaFunction.COMPLETED, metric),
            k -> k.cycles().stream().anyMatch(y -> instant(y, "stop") != null)));
    c.add(new Case(SlaFunction.MET, call(SlaFunction.MET, metric), k -> k.state().equals("MET")));
    c.add(
        new Case(
            SlaFunction.WITHIN_CALENDAR_HOURS,
            call(SlaFunction.WITHIN_CALENDAR_HOURS, metric),
            k -> k.running() && k.metric().get("withinCalendarHours").asBoolean()));
    // Durations: hours, minutes, and a day (8 hours with Jira's default time tracking).
    for (String[] e :
        new String[][] {{">=", "2h", "7200"}, {"<", "30m", "1800"}, {"<=", "1d", "28800"}}) {
      c.add(
          new Case(
              SlaFunction.ELAPSED,
              call(SlaFunction.ELAPSED, metric, e[0], e[1]),
              k -> k.open() && compare(k.elapsed(), e[0], Long.parseLong(e[2]))));
    }
    for (String[] e :
        new String[][] {{"<", "2h", "7200"}, {">", "1d 4h", "43200"}, {"<=", "-2h", "-7200"}}) {
      c.add(
          new Case(
              SlaFunction.REMAINING,
              call(SlaFunction.REMAINING, metric, e[0], e[1]),
              k -> k.open() && compare(k.remaining(), e[0], Long.parseLong(e[2]))));
    }
    for (String[] e : new String[][] {{">=", "80%", "80"}, {"<", "50", "50"}}) {
      c.add(
          new Case(
              SlaFunction.ELAPSED_PERCENT,
              call(SlaFunction.ELAPSED_PERCENT, metric, e[0], e[1]),
              k -> k.open() && compare(k.elapsed() * 100, e[0], Long.parseLong(e[2]) * k.goal())));
    }
    for (String[] e : new String[][] {{"+4h", "PT4H"}, {"+1w", "P7D"}}) {
      Instant before = now.plus(Duration.parse(e[1]));
      c.add(
          new Case(
              SlaFunction.BREACHING_BEFORE,
              call(SlaFunction.BREACHING_BEFORE, metric, e[0]),
              k -> {
                Instant deadline = instant(k.current(), "deadline");
                return k.running()
                    && deadline != null
                    && !deadline.isBefore(k.now())
                    && deadline.isBefore(before);
              }));
    }
    Instant from = LocalDate.parse("2026-04-01").atStartOfDay(ZONE).toInstant();
    Instant to = LocalDate.parse("2026-05-01").atStartOfDay(ZONE).toInstant();
    for (String[] e : new String[][] {{"2026-04-01", "2026-05-01"}, {"-7d", "now"}}) {
      Instant f = e[0].startsWith("-") ? now.minus(Duration.ofDays(7)) : from;
      Instant t = e[1].equals("now") ? now : to;
      Instant end = t.isBefore(now) ? t : now;
      c.add(
          new Case(
              SlaFunction.BREACHED_BETWEEN,
              call(SlaFunction.BREACHED_BETWEEN, metric, e[0], e[1]),
              k -> {
                Instant at = instant(k.current(), "breachAt");
                return at != null && !at.isBefore(f) && at.isBefore(end);
              }));
    }
    // The filters narrow to one policy or to the current cycle's calendar.
    c.add(
        new Case(
            SlaFunction.BREACHED,
            call(SlaFunction.BREACHED, metric, "policy=Standard support"),
            k ->
                "standard".equals(k.policy())
                    && k.before(instant(k.current(), "breachAt"), k.now())));
    c.add(
        new Case(
            SlaFunction.RUNNING,
            call(SlaFunction.RUNNING, metric, "calendar=emea office"),
            k -> k.running() && k.current().get("calendar").asText().equals("EMEA office")));
    return c;
  }

  @Test
  void everyFunctionAnswersWhatSlaReplayShowsAtSeveralInstants() throws Exception {
    Map<SlaFunction, Integer> matched = new TreeMap<>();
    List<String> differences = new ArrayList<>();
    int searches = 0;
    for (String text : INSTANTS) {
      Instant now = Instant.parse(text);
      JsonNode replay = Samples.replay(now);
      try (SandboxDatabase db = SandboxDatabase.open(data.resolve(text.replace(':', '-')))) {
        SandboxInput input = Samples.helpdesk();
        SandboxTracking tracking = new SandboxTracking(db.activeObjects(), input.issues());
        tracking.install(input, now);
        assertThat(tracking.computeAll(now).notComputed()).isEmpty();
        List<Long> existing =
            input.issues().all().stream()
                .filter(i -> !i.history().createdAt().isAfter(now))
                .map(LoadedIssues.Issue::id)
                .toList();
        SlaSearch.Inputs inputs =
            new SlaSearch.Inputs(
                tracking.configuration().get(),
                tracking.configuration(),
                tracking.clocks(),
                tracking.exclusionsInForce(),
                existing,
                now,
                ZONE,
                Locale.ENGLISH,
                org.slaclocks.query.function.FunctionAnswer.JIRA_DEFAULT_LIMIT);
        for (String metric : METRICS) {
          // People name metrics as they see them, in any case; ids work too.
          String named = metric.equals("first-response") ? "time to FIRST response" : metric;
          for (Case c : cases(named, now)) {
            Set<String> expected = new TreeSet<>();
            for (JsonNode issue : replay.get("issues")) {
              for (JsonNode m : issue.get("metrics")) {
                if (m.get("metric").asText().equals(metric)
                    && !m.get("cycles").isEmpty()
                    && c.replay().test(new Clock(issue.get("policy").asText(), m, now))) {
                  expected.add(issue.get("key").asText());
                }
              }
            }
            SlaSearch.Outcome outcome = SlaSearch.run(c.jql(), inputs);
            assertThat(outcome.problems()).as(c.jql()).isEmpty();
            Set<String> live = new TreeSet<>();
            for (long id : outcome.issueIds()) {
              live.add(input.issues().byId(id).orElseThrow().key());
            }
            searches++;
            if (!live.equals(expected)) {
              differences.add(
                  text + " " + c.jql() + "\n  live:   " + live + "\n  replay: " + expected);
            }
            matched.merge(c.function(), expected.size(), Integer::sum);
          }
        }
      }
    }
    assertThat(differences).as("searches answered otherwise than sla replay shows").isEmpty();
    // Every function matched some issues somewhere: no comparison of two empty answers only.
    assertThat(matched.keySet()).containsExactlyInAnyOrder(SlaFunction.values());
    assertThat(matched).allSatisfy((f, n) -> assertThat(n).as(f.functionName()).isPositive());
    assertThat(searches).isEqualTo(INSTANTS.size() * METRICS.size() * 22);
  }
}

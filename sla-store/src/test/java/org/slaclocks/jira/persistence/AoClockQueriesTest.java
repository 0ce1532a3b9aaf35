package org.slaclocks.jira.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.slaclocks.clock.ClockEvent;
import org.slaclocks.clock.ClockFacts;
import org.slaclocks.clock.CycleFacts;
import org.slaclocks.clock.ExclusionWindow;
import org.slaclocks.clock.Goal;
import org.slaclocks.clock.Pause;
import org.slaclocks.policy.SlaConfiguration;
import org.slaclocks.query.ClockCondition;
import org.slaclocks.query.ClockQuestion;
import org.slaclocks.query.ClockQuestion.Comparison;
import org.slaclocks.query.ClockQuestions;
import org.slaclocks.query.Exclusions;
import org.slaclocks.query.InMemoryClockQueries;
import org.slaclocks.tracking.ClockUpdate;
import org.slaclocks.tracking.IssueClocks;
import org.slaclocks.tracking.Policies;
import org.slaclocks.tracking.StoredClock;

/**
 * The database answers every planned question exactly as the in-memory reference does on the same
 * clocks: random clocks in three calendars and five goals, instants to the millisecond, questions
 * asked at several instants (some finer than a millisecond, some exactly on stored instants).
 */
class AoClockQueriesTest {
  private static final SlaConfiguration CONFIG = Policies.config(List.of());
  private static final List<String> CALENDARS =
      List.of(Policies.NINE_TO_FIVE, Policies.NEW_YORK, Policies.ALWAYS);
  private static final List<Duration> GOALS =
      List.of(
          Duration.ofHours(1),
          Duration.ofHours(2),
          Duration.ofHours(4),
          Duration.ofHours(8),
          Duration.ofHours(24));
  private static final Instant BASE = Instant.parse("2026-01-05T07:00:00Z");
  private static final int ISSUES = 1500;

  @DatabaseTest
  void answersEveryQuestionLikeTheInMemoryReference(AoTestDatabase db) {
    AoClockRepository repository = new AoClockRepository(db.activeObjects(), CONFIG::calendar);
    SplittableRandom random = new SplittableRandom(2026);
    List<ClockUpdate> updates = new ArrayList<>();
    List<StoredClock> reference = new ArrayList<>();
    for (long issueId = 1; issueId <= ISSUES; issueId++) {
      List<ClockFacts> clocks = new ArrayList<>();
      for (String metric : List.of("ttfr", "ttr")) {
        if (random.nextInt(10) > 0) {
          clocks.add(randomClock(random, random.nextBoolean() ? "gold" : "silver", metric));
        }
      }
      IssueClocks issue = new IssueClocks(issueId, "HELP-" + issueId, "HELP", 1, BASE, clocks);
      updates.add(new ClockUpdate(issue, 0));
      for (ClockFacts clock : clocks) {
        reference.add(StoredClock.of(issueId, clock, CONFIG::calendar));
      }
    }
    assertThat(repository.storeAll(updates)).isEmpty();
    InMemoryClockQueries memory = new InMemoryClockQueries(reference);

    // Issue windows over 1,100 issues: the running question excludes them with NOT IN lists of
    // more than 1,000 values.
    Map<Long, List<ExclusionWindow>> byIssue = new HashMap<>();
    Instant outage = BASE.plus(Duration.ofDays(4));
    for (long id = 1; id <= 1100; id++) {
      byIssue.put(id, List.of(new ExclusionWindow(outage, outage.plusSeconds(7200), "outage")));
    }
    Exclusions exclusions =
        new Exclusions(
            List.of(
                new ExclusionWindow(
                    BASE.plus(Duration.ofDays(6)),
                    BASE.plus(Duration.ofDays(6)).plusSeconds(3600),
                    "all")),
            byIssue);

    List<Instant> nows = new ArrayList<>();
    nows.add(outage.plusSeconds(60)); // in the issues' window
    nows.add(BASE.plus(Duration.ofDays(3)).plusNanos(500_000)); // between two milliseconds
    nows.add(BASE.plus(Duration.ofDays(5)).plusNanos(1)); // just after a millisecond
    for (int i = 0; i < 3; i++) { // exactly on stored instants
      StoredClock clock = reference.get(random.nextInt(reference.size()));
      Instant on = clock.breachAt() != null ? clock.breachAt() : BASE.plus(Duration.ofDays(i));
      nows.add(on);
      nows.add(on.plusNanos(500_000)); // half a millisecond after a stored instant
      if (clock.zeroAt() != null) {
        nows.add(clock.zeroAt().plus(Duration.ofHours(2)));
      }
    }
    int asked = 0;
    int nonEmpty = 0;
    for (Instant now : nows) {
      for (ClockQuestion question : questions(now)) {
        ClockCondition condition =
            ClockQuestions.condition(
                question,
                now,
                CONFIG::calendar,
                exclusions,
                () -> repository.openGoals(question.metricId()));
        Set<Long> database = new LinkedHashSet<>();
        repository.forEachIssueId(condition, database::add);
        Set<Long> expected = new LinkedHashSet<>();
        memory.forEachIssueId(condition, expected::add);
        assertThat(database).as("%s at %s: %s", question, now, condition).isEqualTo(expected);
        assertThat(new ArrayList<>(database)).as("ascending").isSorted();
        asked++;
        nonEmpty += expected.isEmpty() ? 0 : 1;
      }
    }
    assertThat(repository.openGoals("ttr")).isEqualTo(memory.openGoals("ttr"));
    assertThat(nonEmpty).as("questions with answers, of %d", asked).isGreaterThan(asked / 2);
  }

  /**
   * Rows written before POLICY_HASH existed (null there) are still found by a policy filter, read
   * from POLICY_ID; storing their issue again writes the hash, and from then on the metric's policy
   * questions are asked of the hash.
   */
  @DatabaseTest
  void aPolicyFilterFindsRowsWrittenBeforeThePolicyHashAndTheNextStoreAddsIt(AoTestDatabase db) {
    SplittableRandom random = new SplittableRandom(7);
    List<ClockUpdate> updates = new ArrayList<>();
    for (long issueId = 1; issueId <= 200; issueId++) {
      ClockFacts clock = randomClock(random, issueId % 2 == 0 ? "gold" : "silver", "ttr");
      updates.add(
          new ClockUpdate(
              new IssueClocks(issueId, "HELP-" + issueId, "HELP", 1, BASE, List.of(clock)), 0));
    }
    assertThat(new AoClockRepository(db.activeObjects(), CONFIG::calendar).storeAll(updates))
        .isEmpty();
    Instant now = BASE.plus(Duration.ofDays(4));
    ClockQuestion question =
        ClockQuestion.of("ttr", new ClockQuestion.Running()).withPolicy("gold");
    Set<Long> expected =
        ask(new AoClockRepository(db.activeObjects(), CONFIG::calendar), question, now);
    assertThat(expected).isNotEmpty().allMatch(id -> id % 2 == 0);

    for (AoClock row : db.activeObjects().find(AoClock.class)) {
      if (row.getIssueId() <= 100) { // as a row of an older version left them
        row.setPolicyHash(null);
        row.save();
      }
    }
    AoClockRepository afterUpgrade = new AoClockRepository(db.activeObjects(), CONFIG::calendar);
    assertThat(ask(afterUpgrade, question, now)).isEqualTo(expected);

    List<ClockUpdate> again = new ArrayList<>();
    Map<Long, Long> versions = afterUpgrade.versions(List.of(1L, 2L, 3L, 4L));
    for (ClockUpdate update : updates.subList(0, 4)) {
      again.add(new ClockUpdate(update.clocks(), versions.get(update.clocks().issueId())));
    }
    assertThat(afterUpgrade.storeAll(again)).isEmpty();
    for (AoClock row : db.activeObjects().find(AoClock.class)) {
      if (row.getIssueId() <= 4) {
        assertThat(row.getPolicyHash()).isEqualTo(PolicyHash.of(row.getPolicyId()));
      }
    }
    for (AoClock row : db.activeObjects().find(AoClock.class)) {
      if (row.getPolicyHash() == null) {
        row.setPolicyHash(PolicyHash.of(row.getPolicyId()));
        row.save();
      }
    }
    assertThat(ask(afterUpgrade, question, now)).isEqualTo(expected);
  }

  private static Set<Long> ask(AoClockRepository repository, ClockQuestion question, Instant now) {
    ClockCondition condition =
        ClockQuestions.condition(
            question,
            now,
            CONFIG::calendar,
            Exclusions.NONE,
            () -> repository.openGoals(question.metricId()));
    Set<Long> ids = new LinkedHashSet<>();
    repository.forEachIssueId(condition, ids::add);
    return ids;
  }

  private static List<ClockQuestion> questions(Instant now) {
    List<ClockQuestion.Ask> asks = new ArrayList<>();
    asks.add(new ClockQuestion.Breached());
    asks.add(new ClockQuestion.EverBreached());
    asks.add(new ClockQuestion.AtRisk());
    asks.add(new ClockQuestion.Running());
    asks.add(new ClockQuestion.Paused());
    asks.add(new ClockQuestion.Completed());
    asks.add(new ClockQuestion.Met());
    asks.add(new ClockQuestion.WithinCalendarHours());
    asks.add(new ClockQuestion.BreachingBefore(now.plus(Duration.ofHours(4))));
    asks.add(new ClockQuestion.BreachedBetween(now.minus(Duration.ofDays(2)), now.plusSeconds(1)));
    for (Comparison comparison : Comparison.values()) {
      for (Duration d : List.of(Duration.ZERO, Duration.ofMinutes(30), Duration.ofHours(2))) {
        asks.add(new ClockQuestion.Remaining(comparison, d));
        asks.add(new ClockQuestion.Elapsed(comparison, d));
      }
      asks.add(new ClockQuestion.Remaining(comparison, Duration.ofMillis(-1_234_567)));
      for (String percent : List.of("0", "80", "100", "33.3")) {
        asks.add(new ClockQuestion.ElapsedPercent(comparison, new BigDecimal(percent)));
      }
    }
    List<ClockQuestion> questions = new ArrayList<>();
    for (ClockQuestion.Ask ask : asks) {
      questions.add(ClockQuestion.of("ttr", ask));
    }
    questions.add(ClockQuestion.of("ttfr", new ClockQuestion.Breached()).withPolicy("gold"));
    for (ClockQuestion.Ask ask :
        List.of(
            new ClockQuestion.Running(),
            new ClockQuestion.Paused(),
            new ClockQuestion.AtRisk(),
            new ClockQuestion.Completed(),
            new ClockQuestion.WithinCalendarHours(),
            new ClockQuestion.Remaining(Comparison.LESS, Duration.ofHours(2)),
            new ClockQuestion.ElapsedPercent(Comparison.AT_LEAST, BigDecimal.valueOf(80)))) {
      questions.add(ClockQuestion.of("ttr", ask).withPolicy("silver"));
    }
    questions.add(
        ClockQuestion.of("ttfr", new ClockQuestion.Remaining(Comparison.LESS, Duration.ofHours(2)))
            .withCalendar(Policies.NEW_YORK));
    questions.add(ClockQuestion.of("nothing", new ClockQuestion.Running()));
    return questions;
  }

  /** A clock of 0-2 stopped cycles and a current one, in any state, instants to the millisecond. */
  static ClockFacts randomClock(SplittableRandom random, String policy, String metric) {
    int kind = random.nextInt(10); // 0 not started, 1-4 running, 5-6 paused, 7-8 met, 9 breached
    if (kind == 0) {
      return new ClockFacts(policy, metric, "Time to " + metric, List.of());
    }
    List<CycleFacts> cycles = new ArrayList<>();
    Instant at = BASE.plusMillis(random.nextLong(Duration.ofDays(3).toMillis()));
    int stopped = random.nextInt(3);
    for (int i = 1; i <= stopped + 1; i++) {
      boolean open = i == stopped + 1 && kind <= 6;
      Goal goal = goal(random);
      Instant start = at;
      Instant elapsedAt = start.plusMillis(random.nextLong(1, Duration.ofHours(30).toMillis()));
      Duration elapsed =
          Duration.ofMillis(random.nextLong(Duration.between(start, elapsedAt).toMillis() + 1));
      Instant breachAt = null;
      Instant atRiskAt = null;
      List<Pause> pauses = new ArrayList<>();
      if (open) {
        breachAt =
            elapsedAt.plusMillis(
                random.nextLong(-Duration.ofDays(2).toMillis(), Duration.ofDays(3).toMillis()));
        atRiskAt = goal.internalTarget() == null ? null : breachAt.minus(goal.internalTarget());
        if (kind >= 5) {
          pauses.add(new Pause(Pause.Kind.CONDITION, elapsedAt, null, "status Waiting"));
          if (random.nextBoolean()) {
            breachAt = null;
            atRiskAt = null;
          }
        }
      } else if (kind == 9 || random.nextInt(4) == 0) {
        breachAt = start.plusMillis(random.nextLong(Duration.between(start, elapsedAt).toMillis()));
        atRiskAt = goal.internalTarget() == null ? null : breachAt.minusSeconds(600);
      }
      List<ClockEvent> events = new ArrayList<>();
      events.add(new ClockEvent(start, ClockEvent.Type.START, "issue created"));
      if (!open) {
        events.add(new ClockEvent(elapsedAt, ClockEvent.Type.STOP, "resolved"));
      }
      cycles.add(
          new CycleFacts(
              i,
              start,
              open ? null : elapsedAt,
              goal,
              elapsed,
              elapsedAt,
              breachAt,
              atRiskAt != null && atRiskAt.isBefore(start) ? null : atRiskAt,
              pauses,
              events));
      at = elapsedAt.plusMillis(random.nextLong(1, Duration.ofHours(20).toMillis()));
    }
    return new ClockFacts(policy, metric, "Time to " + metric, cycles);
  }

  private static Goal goal(SplittableRandom random) {
    Duration target = GOALS.get(random.nextInt(GOALS.size()));
    return new Goal(
        target,
        random.nextBoolean() ? target.dividedBy(2) : null,
        CALENDARS.get(random.nextInt(CALENDARS.size())),
        "priority " + random.nextInt(4));
  }
}

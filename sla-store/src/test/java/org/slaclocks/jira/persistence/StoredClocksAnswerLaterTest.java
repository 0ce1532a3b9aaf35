package org.slaclocks.jira.persistence;

import static java.time.Duration.ofHours;
import static java.time.Duration.ofMinutes;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.slaclocks.clock.SlaClock;
import org.slaclocks.history.ChangeGroup;
import org.slaclocks.history.IssueChange;
import org.slaclocks.history.IssueHistory;
import org.slaclocks.history.UserRef;
import org.slaclocks.policy.SlaConfiguration;
import org.slaclocks.query.ClockQuestion;
import org.slaclocks.query.ClockQuestion.Comparison;
import org.slaclocks.query.ClockQuestions;
import org.slaclocks.query.Exclusions;
import org.slaclocks.tracking.ClockEngine;
import org.slaclocks.tracking.ClockRepository.Stored;
import org.slaclocks.tracking.ClockUpdate;
import org.slaclocks.tracking.Histories;
import org.slaclocks.tracking.JqlScope;
import org.slaclocks.tracking.Policies;
import org.slaclocks.tracking.QuestionMeanings;

/**
 * The core's promise, through the database: clocks computed at T1, stored and never touched again
 * answer every question at a later T2 as the engine answers it at T2, and read back as the clocks
 * the engine shows at T2 (random histories; an outage window for every issue).
 */
class StoredClocksAnswerLaterTest {
  static final Instant OUTAGE_START = Histories.at("Mon 08:00").plus(Duration.ofDays(9));
  static final SlaConfiguration CONFIG = Policies.helpdeskWithOutage(OUTAGE_START);
  private static final Exclusions EXCLUSIONS = Exclusions.of(CONFIG.exclusions());
  static final Instant T1 = Histories.at("Mon 08:00").plus(Duration.ofDays(7));
  private static final List<Duration> LATER =
      List.of(
          Duration.ZERO,
          ofMinutes(30),
          ofHours(5),
          ofHours(27),
          Duration.ofDays(2).plusHours(3),
          Duration.ofDays(3).plusHours(2),
          Duration.ofDays(6));
  private static final int ISSUES = 200;
  private static final String[] STATUSES = {"Open", "In Progress", "Waiting for customer"};
  private static final String[] PRIORITIES = {"Highest", "High", "Medium", "Low"};

  @DatabaseTest
  void clocksStoredAtT1AnswerEveryQuestionAtT2LikeTheEngine(AoTestDatabase db) {
    AoClockRepository repository = new AoClockRepository(db.activeObjects(), CONFIG::calendar);
    List<IssueHistory> histories = new ArrayList<>();
    List<ClockUpdate> updates = new ArrayList<>();
    for (long seed = 1; seed <= ISSUES; seed++) {
      IssueHistory history = randomHistory(seed);
      histories.add(history);
      updates.add(new ClockUpdate(compute(history, T1).clocks(), 0));
    }
    assertThat(repository.storeAll(updates)).isEmpty();
    ClockQuestions questions = new ClockQuestions(repository);
    Map<Long, Stored> stored =
        repository.loadAll(histories.stream().map(IssueHistory::issueId).toList());

    Map<String, Integer> answered = new LinkedHashMap<>();
    for (Duration later : LATER) {
      Instant t2 = T1.plus(later);
      Map<Long, List<SlaClock>> engine = new LinkedHashMap<>();
      for (IssueHistory history : histories) {
        List<SlaClock> shown = new ArrayList<>(compute(history, t2).shown());
        shown.sort(Comparator.comparing(SlaClock::metricId));
        engine.put(history.issueId(), shown);
        assertThat(stored.get(history.issueId()).clocks().at(t2, CONFIG::calendar))
            .as("issue %d read back, at T1 + %s", history.issueId(), later)
            .isEqualTo(shown);
      }
      for (String metric : List.of("ttfr", "ttnr", "ttr")) {
        for (Map.Entry<ClockQuestion.Ask, Predicate<SlaClock>> q : questions(t2).entrySet()) {
          Set<Long> expected = new TreeSet<>();
          engine.forEach(
              (id, clocks) -> {
                for (SlaClock clock : clocks) {
                  if (clock.metricId().equals(metric) && q.getValue().test(clock)) {
                    expected.add(id);
                  }
                }
              });
          Set<Long> answer = new TreeSet<>();
          questions.issueIds(
              ClockQuestion.of(metric, q.getKey()), t2, CONFIG::calendar, EXCLUSIONS, answer::add);
          assertThat(answer).as("%s %s at T1 + %s", metric, q.getKey(), later).isEqualTo(expected);
          answered.merge(q.getKey().getClass().getSimpleName(), expected.size(), Integer::sum);
        }
      }
    }
    assertThat(answered.values()).as("issues answering each kind of question").allMatch(n -> n > 0);
  }

  private static ClockEngine.Result compute(IssueHistory history, Instant now) {
    return ClockEngine.compute(CONFIG, history, CONFIG.listedDirectory(), JqlScope.UNKNOWN, now);
  }

  /** A random history over the week before T1 (nothing happens after T1). */
  static IssueHistory randomHistory(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Instant created = Histories.at("Mon 08:00").plusSeconds(random.nextLong(5 * 86_400));
    Instant at = created;
    String status = "Open";
    String priority = PRIORITIES[random.nextInt(PRIORITIES.length)];
    boolean resolved = false;
    List<ChangeGroup> groups = new ArrayList<>();
    int n = random.nextInt(0, 12);
    for (int i = 0; i < n; i++) {
      at = at.plusSeconds(random.nextLong(60, 20 * 3600));
      if (!at.isBefore(T1)) {
        break;
      }
      UserRef agent = UserRef.of(random.nextBoolean() ? Histories.AGENT : Histories.OTHER_AGENT);
      UserRef customer = UserRef.of(Histories.CUSTOMER);
      List<IssueChange> items = new ArrayList<>();
      UserRef author = agent;
      switch (random.nextInt(5)) {
        case 0 -> {
          items.add(new IssueChange.CommentAdded(customer, false));
          author = customer;
        }
        case 1 -> items.add(new IssueChange.CommentAdded(agent, false));
        case 2 -> {
          String next = STATUSES[random.nextInt(STATUSES.length)];
          items.add(new IssueChange.FieldChange("status", status, next));
          status = next;
        }
        case 3 -> {
          String next = PRIORITIES[random.nextInt(PRIORITIES.length)];
          items.add(new IssueChange.FieldChange("priority", priority, next));
          priority = next;
        }
        default -> {
          String next = resolved ? "Open" : "Resolved";
          items.add(new IssueChange.FieldChange("status", status, next));
          items.add(
              new IssueChange.FieldChange(
                  "resolution", resolved ? "Done" : null, resolved ? null : "Done"));
          status = next;
          resolved = !resolved;
        }
      }
      groups.add(new ChangeGroup(at, author, items));
    }
    return new IssueHistory(
        seed,
        "HELP-" + seed,
        created,
        UserRef.of(Histories.CUSTOMER),
        Map.of(
            "project",
            "HELP",
            "status",
            "Open",
            "priority",
            priority,
            "reporter",
            Histories.CUSTOMER),
        groups);
  }

  /** Every kind of question, with what it means on the clock the engine shows at {@code now}. */
  private static Map<ClockQuestion.Ask, Predicate<SlaClock>> questions(Instant now) {
    List<ClockQuestion.Ask> asks =
        List.of(
            new ClockQuestion.Breached(),
            new ClockQuestion.EverBreached(),
            new ClockQuestion.AtRisk(),
            new ClockQuestion.Running(),
            new ClockQuestion.Paused(),
            new ClockQuestion.Completed(),
            new ClockQuestion.Met(),
            new ClockQuestion.WithinCalendarHours(),
            new ClockQuestion.BreachingBefore(now.plus(ofHours(6))),
            new ClockQuestion.BreachedBetween(now.minus(Duration.ofDays(2)), now.plus(ofHours(1))),
            new ClockQuestion.Remaining(Comparison.LESS, ofHours(2)),
            new ClockQuestion.Elapsed(Comparison.MORE, ofHours(4)),
            new ClockQuestion.ElapsedPercent(Comparison.AT_LEAST, BigDecimal.valueOf(80)));
    Map<ClockQuestion.Ask, Predicate<SlaClock>> q = new LinkedHashMap<>();
    asks.forEach(ask -> q.put(ask, QuestionMeanings.of(ask, now)));
    return q;
  }
}

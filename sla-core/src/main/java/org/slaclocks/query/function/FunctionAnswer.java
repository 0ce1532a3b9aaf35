package org.slaclocks.query.function;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.LongConsumer;
import org.slaclocks.clock.Calendars;
import org.slaclocks.query.ClockQueries;
import org.slaclocks.query.ClockQuestion;
import org.slaclocks.query.ClockQuestions;
import org.slaclocks.query.Exclusions;

/**
 * The issues that answer one SLA function call, for a host that takes at most {@code limit} issue
 * ids from one function. Jira turns a function's ids into one search clause per id and refuses a
 * search with more clauses than its {@code jira.search.maxclauses} (65,000 unless an administrator
 * changed it); an answer over the limit keeps only its count, so that the searcher is told what
 * happened ({@link #problem}) instead of getting no issues.
 */
public final class FunctionAnswer {
  /** Jira's default for {@code jira.search.maxclauses}. */
  public static final int JIRA_DEFAULT_LIMIT = 65_000;

  private final long[] issueIds;
  private final int count;
  private final int limit;

  private FunctionAnswer(long[] issueIds, int count, int limit) {
    this.issueIds = issueIds;
    this.count = count;
    this.limit = limit;
  }

  /**
   * Asks {@code question} of the stored clocks at {@code now}: the ids of the matching issues
   * (ascending), or only their number when there are more than {@code limit}.
   */
  public static FunctionAnswer ask(
      ClockQuestion question,
      ClockQueries store,
      Instant now,
      Calendars calendars,
      Exclusions exclusions,
      int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("the limit must be at least 1, not " + limit);
    }
    Gathered gathered = new Gathered(limit);
    new ClockQuestions(Objects.requireNonNull(store, "store"))
        .issueIds(question, now, calendars, exclusions, gathered);
    long[] ids = gathered.count > limit ? new long[0] : Arrays.copyOf(gathered.ids, gathered.size);
    return new FunctionAnswer(ids, gathered.count, limit);
  }

  /** How many issues match, whether or not their ids were kept. */
  public int count() {
    return count;
  }

  /** The most ids the host takes from one function. */
  public int limit() {
    return limit;
  }

  /** Whether the ids were kept: at most {@link #limit} issues match. */
  public boolean isWithinLimit() {
    return count <= limit;
  }

  /** Feeds {@code sink} the matching ids, ascending; none when the answer is over the limit. */
  public void forEachIssueId(LongConsumer sink) {
    for (long id : issueIds) {
      sink.accept(id);
    }
  }

  /** Why an answer over the limit cannot be given, for the searcher; {@code null} within it. */
  public FunctionProblem problem(SlaFunction function) {
    return isWithinLimit()
        ? null
        : FunctionProblem.of(
            FunctionProblem.Key.TOO_MANY_ISSUES, function.functionName(), count, limit);
  }

  /** Ids gathered up to the limit (8 bytes each), and counted past it. */
  private static final class Gathered implements LongConsumer {
    private final int limit;
    private long[] ids = new long[256];
    private int size;
    private int count;

    Gathered(int limit) {
      this.limit = limit;
    }

    @Override
    public void accept(long id) {
      count++;
      if (count > limit) {
        ids = null; // not needed any more: only the count is told
        return;
      }
      if (size == ids.length) {
        ids = Arrays.copyOf(ids, Math.min(limit, size * 2));
      }
      ids[size++] = id;
    }
  }
}

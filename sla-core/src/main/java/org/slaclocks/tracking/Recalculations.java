package org.slaclocks.tracking;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slaclocks.policy.SlaConfiguration;

/**
 * Recalculation of stored clocks after a configuration change, for administrators: a preview of
 * what the configuration in force would change (nothing stored), and runs that queue a scope's
 * issues for the worker, with their progress, and that can be cancelled.
 */
public interface Recalculations {
  /** The preview takes this many issues when not told otherwise. */
  int DEFAULT_PREVIEW_LIMIT = 10_000;

  /** Up to this many example issue keys per kind of change. */
  int EXAMPLES = 10;

  /**
   * What recomputing the scope's first {@code limit} issues (by id) with the configuration in force
   * would change, clock by clock, at {@code at}: clocks that go from not breached to breached, from
   * breached to not breached, that change otherwise (another goal, a clock added or removed, ...),
   * and that stay as stored. {@code issues} counts the issues computed, {@code inScope} those in
   * the scope; {@code failed} the issues that could not be computed (with examples).
   */
  record Preview(
      Instant at,
      long revision,
      int inScope,
      int issues,
      Kind metToBreached,
      Kind breachedToMet,
      Kind changed,
      Kind unchanged,
      Kind failed) {}

  /** A count of clocks (issues for {@code failed}) and up to {@link #EXAMPLES} issue keys. */
  record Kind(int count, List<String> examples) {
    public Kind {
      examples = List.copyOf(examples);
    }
  }

  enum Status {
    RUNNING,
    DONE,
    CANCELLED
  }

  /**
   * A recalculation run: {@code done} of its {@code total} issues are recomputed (processed by the
   * worker since the run queued them; an issue the worker parked counts as processed).
   */
  record Run(
      long id,
      RecalculationScope scope,
      String requestedBy,
      Instant requestedAt,
      long targetRevision,
      int total,
      int done,
      Status status,
      Instant finishedAt,
      String cancelledBy) {
    public Run {
      Objects.requireNonNull(scope, "scope");
      Objects.requireNonNull(requestedBy, "requestedBy");
      Objects.requireNonNull(requestedAt, "requestedAt");
      Objects.requireNonNull(status, "status");
    }
  }

  /** A run is already running: one at a time. */
  final class AlreadyRunning extends RuntimeException {
    private final transient Run running;

    public AlreadyRunning(Run running) {
      super("recalculation " + running.id() + " is still running");
      this.running = running;
    }

    public Run running() {
      return running;
    }
  }

  /**
   * @throws IllegalArgumentException when the scope cannot be evaluated (a JQL the host refuses)
   */
  Preview preview(RecalculationScope scope, int limit);

  /**
   * What-if: the newest {@code limit} issues of the scope (by id) computed with a {@code draft}
   * configuration, beside their stored clocks (those of the configuration in force), at now;
   * nothing is stored and nothing is run.
   *
   * @throws IllegalArgumentException when the scope cannot be evaluated
   */
  Preview whatIf(SlaConfiguration draft, RecalculationScope scope, int limit);

  /**
   * Starts a run over the scope's issues, recorded and audited ({@code recalculation.started}).
   *
   * @throws AlreadyRunning when a run is running
   * @throws IllegalArgumentException when the scope cannot be evaluated
   */
  Run start(RecalculationScope scope, String requestedBy);

  /** The runs, newest first. */
  List<Run> runs(int limit);

  /**
   * Cancels a running run: nothing more of it is queued (audited as {@code
   * recalculation.cancelled}). A run that is no longer running is returned as it is.
   */
  Optional<Run> cancel(long id, String by);
}

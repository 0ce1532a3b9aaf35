package org.slaclocks.jira.tracking;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slaclocks.clock.ClockFacts;
import org.slaclocks.clock.CycleFacts;
import org.slaclocks.history.IssueHistory;
import org.slaclocks.history.IssueState;
import org.slaclocks.policy.Exclusion;
import org.slaclocks.policy.Metric;
import org.slaclocks.policy.SlaConfiguration;
import org.slaclocks.policy.SlaPolicy;
import org.slaclocks.report.IssueCycles;
import org.slaclocks.tracking.ClockAlerts;
import org.slaclocks.tracking.ClockEngine;
import org.slaclocks.tracking.ClockRepository;
import org.slaclocks.tracking.ClockUpdate;
import org.slaclocks.tracking.ExclusionSource;
import org.slaclocks.tracking.IssueClocks;
import org.slaclocks.tracking.JqlScope;
import org.slaclocks.tracking.TriggerArming;
import org.slaclocks.tracking.TriggerSchedule;

/**
 * Recomputes one issue's clocks from its whole history and stores them, so stored clocks always
 * equal the engine's answer for the history as it is now. A deleted issue loses its clocks; a moved
 * one is recomputed under the policies of its new project like any other change. The exclusions the
 * engine applies are the app's ({@link ExclusionSource}), not the policy file's.
 */
public final class ClockRecalculator implements ChangeWorker.Recalculation {
  /** Attempts of the optimistic store before the issue is left to a retry of the queue. */
  static final int MAX_STORE_ATTEMPTS = 3;

  private final CurrentConfiguration configuration;
  private final IssueHistories histories;
  private final AgentDirectories directories;
  private final JqlScope jql;
  private final ClockRepository clocks;
  private final ExclusionSource exclusions;
  private final TriggerSchedule triggers;

  /**
   * @param exclusions the app's exclusions, their source of truth: they replace the policy file's
   */
  public ClockRecalculator(
      CurrentConfiguration configuration,
      IssueHistories histories,
      AgentDirectories directories,
      JqlScope jql,
      ClockRepository clocks,
      ExclusionSource exclusions) {
    this(configuration, histories, directories, jql, clocks, exclusions, null);
  }

  /**
   * @param exclusions the app's exclusions, their source of truth: they replace the policy file's
   * @param triggers the due index of reminders and escalations, stored with the clocks; null where
   *     nothing sends them
   */
  public ClockRecalculator(
      CurrentConfiguration configuration,
      IssueHistories histories,
      AgentDirectories directories,
      JqlScope jql,
      ClockRepository clocks,
      ExclusionSource exclusions,
      TriggerSchedule triggers) {
    this.triggers = triggers;
    this.configuration = configuration;
    this.exclusions = exclusions;
    this.histories = histories;
    this.directories = directories;
    this.jql = jql;
    this.clocks = clocks;
  }

  /**
   * Recomputes and stores the issue's clocks as of {@code now}, under the current configuration.
   */
  public void recompute(long issueId, Instant now) {
    recompute(issueId, configuration.get(), now);
  }

  /**
   * Recomputes and stores the issue's clocks as of {@code now} under {@code config}.
   *
   * @throws SystemFailure when a policy's JQL scope cannot be evaluated: that is not this issue's
   *     fault, and every issue the policy could cover would fail the same way
   * @throws IllegalStateException when every store attempt lost a race; the queue retries the issue
   */
  @Override
  public void recompute(long issueId, SlaConfiguration configuration, Instant now) {
    SlaConfiguration config = configuration.withExclusions(exclusions.forIssue(issueId));
    try {
      for (int attempt = 1; attempt <= MAX_STORE_ATTEMPTS; attempt++) {
        long version = clocks.version(issueId);
        Map<String, TriggerSchedule.Triggers> stored =
            storedTriggers(List.of(issueId)).get(issueId);
        Computed computed = computeWithHistory(issueId, config, now);
        ClockUpdate update =
            update(computed.result(), config, version, stored, now)
                .withCycleFields(cycleFields(computed, config));
        if (clocks.storeAll(List.of(update)).isEmpty()) {
          return;
        }
      }
      throw new IllegalStateException(
          "issue "
              + issueId
              + ": "
              + MAX_STORE_ATTEMPTS
              + " attempts to store its clocks all lost a race");
    } catch (IssueGone gone) {
      clocks.delete(List.of(issueId));
    }
  }

  /**
   * The engine's whole answer for the issue as {@code config} computes it at {@code now} (its
   * clocks and when their reminders and escalations are due), stored nowhere; empty when the issue
   * no longer exists.
   *
   * @throws SystemFailure when a policy's JQL scope cannot be evaluated
   */
  public Optional<ClockEngine.Result> evaluate(
      long issueId, SlaConfiguration configuration, Instant now) {
    SlaConfiguration config = configuration.withExclusions(exclusions.forIssue(issueId));
    try {
      return Optional.of(compute(issueId, config, now));
    } catch (IssueGone gone) {
      return Optional.empty();
    }
  }

  /** The update of an issue's clocks, with the due index of their reminders and escalations. */
  private ClockUpdate update(
      ClockEngine.Result result,
      SlaConfiguration config,
      long version,
      Map<String, TriggerSchedule.Triggers> stored,
      Instant now) {
    if (triggers == null || result.alerts().isEmpty()) {
      return new ClockUpdate(result.clocks(), version);
    }
    Map<String, TriggerSchedule.Triggers> due = new HashMap<>();
    for (ClockAlerts alerts : result.alerts()) {
      Metric metric = metric(config, result.policyId(), alerts.metricId());
      TriggerSchedule.Triggers next =
          TriggerArming.triggers(
              TriggerArming.of(result.policyId(), metric),
              alerts,
              stored == null ? null : stored.get(alerts.metricId()),
              now);
      if (next != null) {
        due.put(alerts.metricId(), next);
      }
    }
    return new ClockUpdate(result.clocks(), version, due);
  }

  /** Metric {@code metricId} of policy {@code policyId} in {@code config}. */
  static Metric metric(SlaConfiguration config, String policyId, String metricId) {
    return policy(config, policyId).metrics().stream()
        .filter(m -> m.id().equals(metricId))
        .findFirst()
        .orElseThrow(
            () -> new IllegalArgumentException("no metric " + metricId + " in " + policyId));
  }

  static SlaPolicy policy(SlaConfiguration config, String policyId) {
    return config.policies().stream()
        .filter(p -> p.id().equals(policyId))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no policy " + policyId));
  }

  private Map<Long, Map<String, TriggerSchedule.Triggers>> storedTriggers(List<Long> issueIds) {
    return triggers == null ? Map.of() : triggers.triggers(issueIds);
  }

  /**
   * Recomputes and stores many issues' clocks under {@code config}, each as of its own instant: the
   * same result as {@link #recompute(long, SlaConfiguration, Instant)} for each, with one read of
   * the stored versions and one bulk store for them all instead of one of each per issue (a load of
   * many issues), through the same {@link #batch} the worker uses. An issue that another writer
   * stored in between is recomputed alone, as {@code recompute} would; a deleted issue loses its
   * clocks.
   *
   * @param issuesAt each issue's id and the instant to compute it at
   * @return the issues whose clocks could not be computed (a policy's JQL scope), in the order
   *     given, with why; the others are stored
   */
  public Map<Long, SystemFailure> recomputeAll(
      Map<Long, Instant> issuesAt, SlaConfiguration configuration) {
    ChangeWorker.Batch batch = batch(List.copyOf(issuesAt.keySet()), configuration);
    Map<Long, SystemFailure> failures = new HashMap<>();
    for (Map.Entry<Long, Instant> issue : issuesAt.entrySet()) {
      try {
        batch.recompute(issue.getKey(), issue.getValue());
      } catch (SystemFailure e) {
        failures.put(issue.getKey(), e);
      }
    }
    for (Map.Entry<Long, Throwable> failed : batch.store().entrySet()) {
      if (failed.getValue() instanceof SystemFailure e) {
        failures.put(failed.getKey(), e);
      } else if (failed.getValue() instanceof RuntimeException e) {
        throw e;
      } else {
        throw (Error) failed.getValue();
      }
    }
    Map<Long, SystemFailure> inOrder = new LinkedHashMap<>();
    issuesAt.keySet().stream()
        .filter(failures::containsKey)
        .forEach(issueId -> inOrder.put(issueId, failures.get(issueId)));
    return inOrder;
  }

  /**
   * The issue's clocks as {@code config} computes them at {@code now}, stored nowhere (a preview);
   * empty when the issue no longer exists.
   *
   * @throws SystemFailure when a policy's JQL scope cannot be evaluated
   */
  public Optional<IssueClocks> computed(long issueId, SlaConfiguration configuration, Instant now) {
    SlaConfiguration config = configuration.withExclusions(exclusions.forIssue(issueId));
    try {
      return Optional.of(compute(issueId, config, now).clocks());
    } catch (IssueGone gone) {
      return Optional.empty();
    }
  }

  /**
   * The worker's batch: the issues' stored versions and exclusion windows read for all of them at
   * once (1000 issues to a query), their clocks stored together (one transaction per 1000 issues),
   * with the same result as {@link #recompute(long, SlaConfiguration, Instant)} for each. An issue
   * that another writer stored in between is recomputed alone, as {@code recompute} would; a
   * deleted issue loses its clocks.
   */
  @Override
  public ChangeWorker.Batch batch(List<Long> issueIds, SlaConfiguration configuration) {
    // The versions are read before the histories, as the single store does.
    Map<Long, Long> versions = clocks.versions(issueIds);
    Map<Long, List<Exclusion>> windows = exclusions.forIssues(issueIds);
    return new WorkerBatch(configuration, versions, windows, storedTriggers(issueIds));
  }

  /** The issues of one worker batch, computed one by one and stored at the end. */
  private final class WorkerBatch implements ChangeWorker.Batch {
    private final SlaConfiguration configuration;
    private final Map<Long, Long> versions;
    private final Map<Long, List<Exclusion>> windows;
    private final Map<Long, Map<String, TriggerSchedule.Triggers>> stored;
    private final Map<Long, Instant> computedAt = new HashMap<>();
    private final List<ClockUpdate> updates = new ArrayList<>();
    private final List<Long> gone = new ArrayList<>();

    WorkerBatch(
        SlaConfiguration configuration,
        Map<Long, Long> versions,
        Map<Long, List<Exclusion>> windows,
        Map<Long, Map<String, TriggerSchedule.Triggers>> stored) {
      this.configuration = configuration;
      this.versions = versions;
      this.windows = windows;
      this.stored = stored;
    }

    @Override
    public void recompute(long issueId, Instant now) {
      List<Exclusion> own = windows.get(issueId);
      if (own == null || computedAt.containsKey(issueId)) {
        throw new IllegalArgumentException("issue " + issueId + " is not one this batch can take");
      }
      try {
        SlaConfiguration config = configuration.withExclusions(own);
        Computed computed = computeWithHistory(issueId, config, now);
        updates.add(
            update(
                    computed.result(),
                    config,
                    versions.getOrDefault(issueId, 0L),
                    stored.get(issueId),
                    now)
                .withCycleFields(cycleFields(computed, config)));
      } catch (IssueGone e) {
        gone.add(issueId);
      }
      computedAt.put(issueId, now);
    }

    @Override
    public Map<Long, Throwable> store() {
      Set<Long> conflicts = clocks.storeAll(updates);
      if (!gone.isEmpty()) {
        clocks.delete(gone);
      }
      Map<Long, Throwable> failures = new HashMap<>();
      for (long issueId : conflicts) {
        try {
          ClockRecalculator.this.recompute(issueId, configuration, computedAt.get(issueId));
        } catch (RuntimeException | Error e) {
          failures.put(issueId, e);
        }
      }
      return failures;
    }
  }

  /** The engine's answer and the history it was computed from. */
  private record Computed(ClockEngine.Result result, IssueHistory history) {}

  /** Reads the history inside the store loop: a retry must see the newer history. */
  private ClockEngine.Result compute(long issueId, SlaConfiguration config, Instant now) {
    return computeWithHistory(issueId, config, now).result();
  }

  private Computed computeWithHistory(long issueId, SlaConfiguration config, Instant now) {
    Optional<IssueHistory> history = histories.read(issueId, config);
    if (history.isEmpty()) {
      throw new IssueGone();
    }
    ClockEngine.Result result =
        ClockEngine.compute(config, history.get(), directories.of(config), jql, now);
    if (!result.isDetermined()) {
      throw new SystemFailure(
          result.undetermined()
              + " (found on issue "
              + history.get().key()
              + "). Correct the policy's JQL, or check Jira's search index; the clocks of every"
              + " issue wait until it can be evaluated");
    }
    return new Computed(result, history.get());
  }

  /**
   * Per metric, the report fields at each cycle's start, from the history; a field without a value
   * is given as "" (so that every field has a row for every cycle).
   */
  private static Map<String, List<Map<String, String>>> cycleFields(
      Computed computed, SlaConfiguration config) {
    Set<String> names = IssueCycles.reportFields(config);
    Map<String, List<Map<String, String>>> out = new HashMap<>();
    for (ClockFacts clock : computed.result().clocks().clocks()) {
      List<Map<String, String>> cycles = new ArrayList<>();
      for (CycleFacts cycle : clock.cycles()) {
        IssueState state = computed.history().stateAt(cycle.start());
        Map<String, String> values = new HashMap<>();
        for (String name : names) {
          String value = state.get(name);
          values.put(name, value == null ? "" : value);
        }
        cycles.add(values);
      }
      out.put(clock.metricId(), cycles);
    }
    return out;
  }

  /** The issue no longer exists in Jira: its clocks go, with one read of the history, not two. */
  private static final class IssueGone extends RuntimeException {
    IssueGone() {
      super(null, null, false, false);
    }
  }
}

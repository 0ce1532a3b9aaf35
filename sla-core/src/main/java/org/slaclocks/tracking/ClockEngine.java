package org.slaclocks.tracking;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slaclocks.clock.ClockFacts;
import org.slaclocks.clock.CycleCalculator;
import org.slaclocks.clock.CycleFacts;
import org.slaclocks.clock.CycleProgress;
import org.slaclocks.clock.CycleTrace;
import org.slaclocks.clock.ExclusionWindow;
import org.slaclocks.clock.SlaClock;
import org.slaclocks.history.ChangeGroup;
import org.slaclocks.history.FieldNames;
import org.slaclocks.history.IssueChange;
import org.slaclocks.history.IssueHistory;
import org.slaclocks.history.IssueState;
import org.slaclocks.policy.ChangeContext;
import org.slaclocks.policy.Exclusion;
import org.slaclocks.policy.Metric;
import org.slaclocks.policy.SlaConfiguration;
import org.slaclocks.policy.SlaPolicy;
import org.slaclocks.policy.UserDirectory;

/**
 * The clock engine: a pure function from (configuration, issue history, who is an agent, now) to
 * the issue's clocks. The same inputs give the same cycles on any node on any day; changes after
 * {@code now} are ignored, and a later {@code now} only changes running cycles.
 *
 * <p>The policy is the first enabled one whose scope matches the issue as it is at {@code now} (so
 * a moved issue is tracked under the policies of its new project, from its creation on).
 */
public final class ClockEngine {
  private ClockEngine() {}

  /**
   * The result for one issue: its clocks as facts (what is stored) and as shown at the
   * computation's {@code now}, or why they could not be determined; and, for each clock whose
   * metric has reminders or escalations, when they are due ({@code alerts}, in the order of the
   * clocks; computed only when asked).
   */
  public record Result(
      IssueClocks clocks,
      List<SlaClock> shown,
      String policyId,
      String undetermined,
      List<ClockAlerts> alerts) {
    public Result {
      alerts = List.copyOf(alerts);
    }

    Result(IssueClocks clocks, List<SlaClock> shown, String policyId, String undetermined) {
      this(clocks, shown, policyId, undetermined, List.of());
    }

    public boolean isDetermined() {
      return undetermined == null;
    }
  }

  public static Result compute(
      SlaConfiguration config,
      IssueHistory history,
      UserDirectory directory,
      JqlScope jql,
      Instant now) {
    Objects.requireNonNull(now, "now");
    List<ChangeContext> changes = new ArrayList<>();
    IssueState state = IssueState.of(Map.of());
    boolean deleted = false;
    if (!history.createdAt().isAfter(now)) {
      IssueState initial = history.initialState();
      changes.add(
          new ChangeContext(
              history.createdAt(), history.creator(), state, initial, List.of(), true, directory));
      state = initial;
      for (ChangeGroup group : history.groups()) {
        if (group.at().isAfter(now)) {
          break;
        }
        IssueState before = state;
        List<IssueChange.CommentAdded> comments = new ArrayList<>();
        for (IssueChange item : group.items()) {
          if (item instanceof IssueChange.FieldChange change) {
            state = state.apply(change);
          } else if (item instanceof IssueChange.Moved moved) {
            state = state.with(FieldNames.PROJECT, moved.toProject());
          } else if (item instanceof IssueChange.CommentAdded comment) {
            comments.add(comment);
          } else if (item instanceof IssueChange.Deleted) {
            deleted = true;
          }
        }
        changes.add(
            new ChangeContext(
                group.at(), group.author(), before, state, comments, false, directory));
      }
    }
    String project = state.get(FieldNames.PROJECT);
    if (deleted || changes.isEmpty()) {
      return new Result(clocks(config, history, project, now, List.of()), List.of(), null, null);
    }
    SlaPolicy policy = null;
    for (SlaPolicy candidate : config.policies()) {
      if (!candidate.enabled() || !candidate.scope().matchesStructured(state, directory)) {
        continue;
      }
      if (candidate.scope().jql() != null) {
        Boolean matches = jql.matches(candidate.scope().jql(), history.issueId());
        if (matches == null) {
          return new Result(
              null,
              List.of(),
              candidate.id(),
              "policy '"
                  + candidate.name()
                  + "' has a JQL scope that cannot be evaluated here: "
                  + candidate.scope().jql());
        }
        if (!matches) {
          continue;
        }
      }
      policy = candidate;
      break;
    }
    if (policy == null) {
      return new Result(clocks(config, history, project, now, List.of()), List.of(), null, null);
    }
    List<ExclusionWindow> exclusions = new ArrayList<>();
    for (Exclusion exclusion : config.exclusions()) {
      if (exclusion.appliesTo(history.issueId())) {
        exclusions.add(exclusion.window());
      }
    }
    exclusions.sort(Comparator.comparing(ExclusionWindow::startInclusive));
    List<ClockFacts> clocks = new ArrayList<>();
    List<SlaClock> shown = new ArrayList<>();
    List<ClockAlerts> alerts = new ArrayList<>();
    IssueStates states = null;
    for (Metric metric : policy.metrics()) {
      MetricWalk walk = new MetricWalk(metric, config);
      for (ChangeContext change : changes) {
        walk.apply(change);
      }
      List<CycleFacts> cycles = new ArrayList<>();
      List<CycleProgress> progress = new ArrayList<>();
      for (CycleTrace trace : walk.traces()) {
        CycleProgress counted = CycleCalculator.progress(trace, exclusions, config::calendar);
        progress.add(counted);
        cycles.add(CycleCalculator.facts(cycles.size() + 1, trace, exclusions, counted));
      }
      ClockFacts clock = new ClockFacts(policy.id(), metric.id(), metric.name(), cycles);
      clocks.add(clock);
      shown.add(clock.at(now, config::calendar));
      if (!metric.alerts().isEmpty()) {
        states = states != null ? states : new IssueStates(changes);
        alerts.add(new ClockAlerts(metric.id(), metric.alerts(), cycles, progress, states));
      }
    }
    return new Result(
        clocks(config, history, project, now, clocks), shown, policy.id(), null, alerts);
  }

  private static IssueClocks clocks(
      SlaConfiguration config,
      IssueHistory history,
      String project,
      Instant now,
      List<ClockFacts> clocks) {
    return new IssueClocks(
        history.issueId(), history.key(), project, config.version(), now, clocks);
  }
}

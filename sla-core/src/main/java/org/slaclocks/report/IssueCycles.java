package org.slaclocks.report;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.slaclocks.calendar.BusinessCalendar;
import org.slaclocks.clock.Cycle;
import org.slaclocks.clock.SlaClock;
import org.slaclocks.history.ChangeGroup;
import org.slaclocks.history.FieldNames;
import org.slaclocks.history.IssueChange;
import org.slaclocks.history.IssueHistory;
import org.slaclocks.history.IssueState;
import org.slaclocks.policy.Metric;
import org.slaclocks.policy.SlaConfiguration;
import org.slaclocks.policy.SlaPolicy;
import org.slaclocks.tracking.IssueClocks;

/**
 * One issue's clocks as reports read them, whoever computed them ({@code sla report}'s replay, the
 * sandbox's stored clocks): every started cycle, without its pauses and timeline (reports do not
 * use them, and many cycles are kept at once), with the issue's {@code fields} as they were when
 * the cycle started.
 */
public final class IssueCycles {
  private IssueCycles() {}

  /**
   * The cycles of {@code clock}, of the issue's policy {@code policyId}; {@code projectKey} is the
   * project the issue is in now. A cycle's zone is its calendar's (UTC for a calendar the
   * configuration no longer has).
   */
  public static List<ReportCycle> of(
      IssueHistory history,
      String projectKey,
      String policyId,
      SlaClock clock,
      Collection<String> fields,
      SlaConfiguration config) {
    List<ReportCycle> out = new ArrayList<>();
    for (Cycle cycle : clock.cycles()) {
      if (cycle.start() == null) {
        continue;
      }
      IssueState state = history.stateAt(cycle.start());
      Map<String, String> values = new HashMap<>();
      for (String field : fields) {
        String value = state.get(field);
        if (value != null) {
          values.put(field, value);
        }
      }
      BusinessCalendar calendar = config.calendars().get(cycle.goal().calendar());
      ZoneId zone = calendar == null ? ZoneOffset.UTC : calendar.zone();
      out.add(
          new ReportCycle(
              history.issueId(),
              history.key(),
              projectKey,
              policyId,
              clock.metricId(),
              new Cycle(
                  cycle.index(),
                  cycle.start(),
                  cycle.stop(),
                  cycle.goal(),
                  cycle.state(),
                  cycle.elapsed(),
                  cycle.remaining(),
                  cycle.deadline(),
                  cycle.breachAt(),
                  cycle.atRiskAt(),
                  List.of(),
                  List.of()),
              zone,
              values));
    }
    return out;
  }

  /**
   * The report cycles of an issue's stored clocks as shown at {@code now}, broken down by every
   * field the issue ever had ({@link #fieldsOf}): what a host without cycle rows reports on.
   */
  public static List<ReportCycle> ofStored(
      IssueHistory history,
      String projectKey,
      IssueClocks clocks,
      Instant now,
      SlaConfiguration config) {
    List<SlaClock> shown = clocks.at(now, config::calendar);
    Set<String> fields = fieldsOf(history);
    List<ReportCycle> out = new ArrayList<>();
    for (int i = 0; i < shown.size(); i++) {
      out.addAll(
          of(history, projectKey, clocks.clocks().get(i).policyId(), shown.get(i), fields, config));
    }
    return out;
  }

  /**
   * The fields a store keeps with each cycle for reports to break down by, as the engine keys them:
   * priority, the fields the policies' scopes and goal rows test, and the customer field of
   * policies with service credits. A report by any other field can be made from histories ({@code
   * sla report}), not from stored cycles.
   */
  public static Set<String> reportFields(SlaConfiguration config) {
    Set<String> fields = new TreeSet<>();
    fields.add(FieldNames.PRIORITY);
    for (SlaPolicy policy : config.policies()) {
      fields.addAll(policy.scope().criteria().fields());
      for (Metric metric : policy.metrics()) {
        metric.goalFields().forEach(f -> fields.add(FieldNames.canonical(f)));
      }
      if (!policy.credits().isEmpty()) {
        fields.add(FieldNames.canonical(policy.credits().customerField()));
      }
    }
    return fields;
  }

  /** Every field the issue had at creation or changed since: what a report may break down by. */
  public static Set<String> fieldsOf(IssueHistory history) {
    Set<String> fields = new TreeSet<>(history.initialFields().keySet());
    for (ChangeGroup group : history.groups()) {
      for (IssueChange item : group.items()) {
        if (item instanceof IssueChange.FieldChange change) {
          fields.add(change.field());
        }
      }
    }
    return fields;
  }

  /** The project of an issue key: what comes before its last dash ({@code HELP-12}: HELP). */
  public static String projectOf(String issueKey) {
    int dash = issueKey.lastIndexOf('-');
    return dash > 0 ? issueKey.substring(0, dash) : issueKey;
  }
}

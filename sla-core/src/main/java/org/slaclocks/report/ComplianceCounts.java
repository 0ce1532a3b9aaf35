package org.slaclocks.report;

import java.util.List;
import org.slaclocks.clock.ClockState;
import org.slaclocks.clock.Cycle;

/**
 * What cycles came to over a period: the one counting rule of the replay's summary and of every
 * report.
 *
 * <p>A stopped cycle counts as met or breached when its stop instant is in the period. An open
 * cycle counts as running or paused when it started before the period's end (it is open at the
 * computation's now); {@code openBreached} counts the open cycles whose breach instant is in the
 * period: already late, a breach whatever happens next. {@code atRisk} counts the counted cycles
 * past their internal target that are not stopped as breached. {@code issues} is the number of
 * distinct issues with at least one counted cycle. Compliance is met over met plus breached plus
 * open-breached.
 */
public record ComplianceCounts(
    int issues, int met, int breached, int running, int paused, int openBreached, int atRisk) {
  public static final ComplianceCounts NONE = new ComplianceCounts(0, 0, 0, 0, 0, 0, 0);

  /** One clock's cycles over {@code period}: {@code issues} is 1 when any cycle counts. */
  public static ComplianceCounts of(List<Cycle> cycles, Period period) {
    ComplianceCounts sum = NONE;
    for (Cycle cycle : cycles) {
      sum = sum.plus(of(cycle, period));
    }
    return sum.isEmpty() ? NONE : sum.withIssues(1);
  }

  /** One cycle over {@code period}, with {@code issues} 0. */
  public static ComplianceCounts of(Cycle cycle, Period period) {
    int met = 0;
    int breached = 0;
    int running = 0;
    int paused = 0;
    int openBreached = 0;
    boolean counted;
    if (cycle.isOpen()) {
      counted = cycle.start() != null && cycle.start().isBefore(period.endExclusive());
      if (counted && cycle.state() == ClockState.RUNNING) {
        running = 1;
      } else if (counted && cycle.state() == ClockState.PAUSED) {
        paused = 1;
      }
      if (cycle.isBreached() && period.contains(cycle.breachAt())) {
        openBreached = 1;
        counted = true;
      }
    } else {
      counted = period.contains(cycle.stop());
      if (counted && cycle.state() == ClockState.MET) {
        met = 1;
      } else if (counted && cycle.state() == ClockState.BREACHED) {
        breached = 1;
      }
    }
    int atRisk = counted && cycle.isAtRisk() && cycle.state() != ClockState.BREACHED ? 1 : 0;
    if (!counted) {
      return NONE;
    }
    return new ComplianceCounts(0, met, breached, running, paused, openBreached, atRisk);
  }

  /**
   * Whether a cycle was counted as late in {@code period}: stopped as breached or open and late.
   */
  public static boolean isBreachIn(Cycle cycle, Period period) {
    return cycle.isOpen()
        ? cycle.isBreached() && period.contains(cycle.breachAt())
        : cycle.state() == ClockState.BREACHED && period.contains(cycle.stop());
  }

  public ComplianceCounts plus(ComplianceCounts other) {
    return new ComplianceCounts(
        issues + other.issues,
        met + other.met,
        breached + other.breached,
        running + other.running,
        paused + other.paused,
        openBreached + other.openBreached,
        atRisk + other.atRisk);
  }

  public ComplianceCounts minus(ComplianceCounts other) {
    return new ComplianceCounts(
        issues - other.issues,
        met - other.met,
        breached - other.breached,
        running - other.running,
        paused - other.paused,
        openBreached - other.openBreached,
        atRisk - other.atRisk);
  }

  public ComplianceCounts withIssues(int count) {
    return new ComplianceCounts(count, met, breached, running, paused, openBreached, atRisk);
  }

  /** Met, breached and open-breached cycles: those whose outcome is known. */
  public int decided() {
    return met + breached + openBreached;
  }

  /** Breaches: stopped late plus open and already late. */
  public int breaches() {
    return breached + openBreached;
  }

  /** Met over decided, in percent rounded to one decimal; null when nothing is decided. */
  public Double compliancePercent() {
    int decided = decided();
    return decided == 0 ? null : Math.round(1000.0 * met / decided) / 10.0;
  }

  /** The unrounded share of decided cycles met, for comparing with a threshold; null if none. */
  public Double complianceRatio() {
    int decided = decided();
    return decided == 0 ? null : (double) met / decided;
  }

  public boolean isEmpty() {
    return met + breached + running + paused + openBreached == 0;
  }
}

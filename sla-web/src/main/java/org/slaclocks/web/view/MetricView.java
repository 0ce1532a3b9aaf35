package org.slaclocks.web.view;

import java.util.List;
import java.util.Objects;

/**
 * One metric in the panel: its countdown, its current cycle (null when none started) and the
 * earlier cycles, newest first, folded away until asked for.
 *
 * @param pastCyclesText "2 earlier cycles"; empty when there are none
 * @param firings the reminders and escalations of every cycle that fired or are to fire, by due
 *     instant
 */
public record MetricView(
    String metricId,
    String metricName,
    CountdownView countdown,
    CycleView current,
    List<CycleView> pastCycles,
    String pastCyclesText,
    List<FiringView> firings) {
  public MetricView {
    Objects.requireNonNull(metricId, "metricId");
    Objects.requireNonNull(metricName, "metricName");
    Objects.requireNonNull(countdown, "countdown");
    pastCycles = List.copyOf(pastCycles);
    pastCyclesText = pastCyclesText == null ? "" : pastCyclesText;
    firings = List.copyOf(firings);
  }

  public boolean hasFirings() {
    return !firings.isEmpty();
  }

  public boolean hasCurrent() {
    return current != null;
  }

  public boolean hasPastCycles() {
    return !pastCycles.isEmpty();
  }

  /** The element id of the folded earlier cycles (the fold button's {@code aria-controls}). */
  public String pastCyclesId() {
    return "sla-past-" + countdown.issueId() + "-" + metricId.replaceAll("[^A-Za-z0-9_-]", "_");
  }
}

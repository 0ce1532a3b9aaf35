package org.slaclocks.web.view;

import java.util.Objects;

/**
 * One metric's countdown on one issue at now, as the countdown field, the navigator column and the
 * exports show it. Every text is in the viewer's language.
 *
 * @param state machine state: {@code NOT_STARTED}, {@code RUNNING}, {@code PAUSED}, {@code MET},
 *     {@code BREACHED}, or {@code UNAVAILABLE} when the issue's stored clocks cannot be read
 * @param outsideCalendarHours a running clock whose calendar is closed at now (it counts nothing)
 * @param valueText remaining working time ({@code 2h 15m}, {@code -45m}); a dash when not started
 * @param remainingSeconds signed remaining working time; null when not started or unavailable
 * @param severity {@code normal}, {@code warning}, {@code danger}, {@code breached}, {@code met},
 *     {@code paused}, {@code none} (not started) or {@code unavailable}
 * @param icon AUI icon name ({@code aui-iconfont-<icon>}): time, pause, check-circle, cross-circle,
 *     warning
 * @param label a full sentence for screen readers and the hover title (colour is never the only
 *     signal)
 * @param pauseText why the clock does not count now (condition, exclusion window with its reason,
 *     calendar closed with its next opening); empty when it counts
 * @param countsDownUntil epoch millis until which the value keeps decreasing second by second (the
 *     clock runs within calendar hours and is not paused: the next closing or exclusion start);
 *     null otherwise
 * @param warningAtSeconds remaining seconds at or below which the severity is {@code warning} (the
 *     internal target, else one hour)
 * @param dangerAtSeconds remaining seconds at or below which the severity is {@code danger} (30
 *     minutes); below zero it is {@code breached}
 * @param serverNow epoch millis of the now the values were derived at (the browser corrects its own
 *     clock with it)
 * @param breachAt the breach instant (a running clock's deadline, or when it breached), ISO-8601 in
 *     UTC; empty when none
 * @param breachAtMillis the same as epoch millis (sorting); null when none
 * @param liveLabelLeft the label while counting down with time left, {@code {0}} standing for the
 *     value; empty when not counting
 * @param liveLabelOverdue the same once overdue ({@code {0}} is the overrun without sign)
 */
public record CountdownView(
    long issueId,
    String issueKey,
    String metricId,
    String metricName,
    String state,
    String stateText,
    boolean outsideCalendarHours,
    String valueText,
    Long remainingSeconds,
    String severity,
    String icon,
    String label,
    String pauseText,
    Long countsDownUntil,
    long warningAtSeconds,
    long dangerAtSeconds,
    long serverNow,
    String breachAt,
    Long breachAtMillis,
    String liveLabelLeft,
    String liveLabelOverdue,
    String hourUnit,
    String minuteUnit) {

  public CountdownView {
    Objects.requireNonNull(issueKey, "issueKey");
    Objects.requireNonNull(metricId, "metricId");
    Objects.requireNonNull(metricName, "metricName");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(stateText, "stateText");
    Objects.requireNonNull(valueText, "valueText");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(icon, "icon");
    Objects.requireNonNull(label, "label");
    pauseText = pauseText == null ? "" : pauseText;
    breachAt = breachAt == null ? "" : breachAt;
    liveLabelLeft = liveLabelLeft == null ? "" : liveLabelLeft;
    liveLabelOverdue = liveLabelOverdue == null ? "" : liveLabelOverdue;
    Objects.requireNonNull(hourUnit, "hourUnit");
    Objects.requireNonNull(minuteUnit, "minuteUnit");
  }

  /** The CSS class of the severity: {@code sla-severity-warning}. */
  public String severityClass() {
    return "sla-severity-" + severity;
  }

  /** The clock counts down in the browser now. */
  public boolean isLive() {
    return countsDownUntil != null;
  }

  public boolean hasPause() {
    return !pauseText.isEmpty();
  }

  public boolean hasRemaining() {
    return remainingSeconds != null;
  }

  public boolean hasBreachAt() {
    return breachAtMillis != null;
  }
}

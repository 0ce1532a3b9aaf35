package org.slaclocks.web.rest;

import org.slaclocks.web.view.CountdownView;

/**
 * One metric's clock on an issue: machine values (state, signed remaining seconds, breach instant
 * ISO-8601, counts down until epoch millis) and the texts shown for it.
 */
public record ClockJson(
    String metricId,
    String metricName,
    String state,
    String stateText,
    boolean outsideCalendarHours,
    Long remainingSeconds,
    String breachAt,
    Long countsDownUntil,
    long warningAtSeconds,
    long dangerAtSeconds,
    String valueText,
    String severity,
    String label,
    String pauseText) {

  public static ClockJson of(CountdownView view) {
    return new ClockJson(
        view.metricId(),
        view.metricName(),
        view.state(),
        view.stateText(),
        view.outsideCalendarHours(),
        view.remainingSeconds(),
        view.breachAt().isEmpty() ? null : view.breachAt(),
        view.countsDownUntil(),
        view.warningAtSeconds(),
        view.dangerAtSeconds(),
        view.valueText(),
        view.severity(),
        view.label(),
        view.pauseText());
  }
}

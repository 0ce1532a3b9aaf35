package org.slaclocks.web.rest;

import org.slaclocks.web.view.CountdownView;

/** One navigator cell: its HTML (from the column template, escaped) and its machine values. */
public record CountdownCellJson(
    String html, String state, Long remainingSeconds, String breachAt, Long countsDownUntil) {

  public static CountdownCellJson of(String html, CountdownView view) {
    return new CountdownCellJson(
        html,
        view.state(),
        view.remainingSeconds(),
        view.breachAt().isEmpty() ? null : view.breachAt(),
        view.countsDownUntil());
  }
}

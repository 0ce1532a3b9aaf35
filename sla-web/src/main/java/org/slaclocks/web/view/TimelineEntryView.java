package org.slaclocks.web.view;

import java.util.Objects;

/**
 * One line of a cycle's timeline: a start, pause, resume, goal change, internal target, breach or
 * stop with its cause, or a span not counted because the calendar was closed.
 *
 * @param kind {@code start}, {@code pause}, {@code resume}, {@code goal-change}, {@code at-risk},
 *     {@code breach}, {@code stop} or {@code not-counted} (CSS and test hooks)
 * @param at ISO-8601 instant in UTC (machine value)
 */
public record TimelineEntryView(
    String kind, String text, String atText, String atCalendarText, String at) {
  public TimelineEntryView {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(atText, "atText");
    atCalendarText = atCalendarText == null ? "" : atCalendarText;
    Objects.requireNonNull(at, "at");
  }

  public boolean hasCalendarText() {
    return !atCalendarText.isEmpty();
  }
}

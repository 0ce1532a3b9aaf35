package org.slaclocks.web.view;

import java.util.List;
import java.util.Objects;

/**
 * One cycle of a metric as the panel shows it. Instants are in the viewer's zone ({@code ...Text})
 * with the calendar's local time beside them ({@code ...CalendarText}, empty when the two zones
 * show the same time).
 *
 * @param goalText the goal with its internal target ("8h, internal target 6h")
 * @param goalLabel which goal row chose it ("priority Highest")
 * @param deadlineText a running cycle's deadline, a breached one's breach instant, else a dash
 * @param hiddenSpansText how many earlier spans outside calendar hours the timeline leaves out
 *     (long cycles); empty when all are listed
 */
public record CycleView(
    int index,
    String title,
    String state,
    String stateText,
    String severity,
    String goalText,
    String goalLabel,
    String calendarName,
    String elapsedText,
    String remainingText,
    String deadlineText,
    String deadlineCalendarText,
    String startText,
    String startCalendarText,
    String stopText,
    String stopCalendarText,
    List<TimelineEntryView> timeline,
    String hiddenSpansText) {

  public CycleView {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(stateText, "stateText");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(goalText, "goalText");
    Objects.requireNonNull(goalLabel, "goalLabel");
    Objects.requireNonNull(calendarName, "calendarName");
    Objects.requireNonNull(elapsedText, "elapsedText");
    Objects.requireNonNull(remainingText, "remainingText");
    Objects.requireNonNull(deadlineText, "deadlineText");
    deadlineCalendarText = deadlineCalendarText == null ? "" : deadlineCalendarText;
    Objects.requireNonNull(startText, "startText");
    startCalendarText = startCalendarText == null ? "" : startCalendarText;
    stopText = stopText == null ? "" : stopText;
    stopCalendarText = stopCalendarText == null ? "" : stopCalendarText;
    timeline = List.copyOf(timeline);
    hiddenSpansText = hiddenSpansText == null ? "" : hiddenSpansText;
  }

  public String severityClass() {
    return "sla-severity-" + severity;
  }

  public boolean hasGoalLabel() {
    return !goalLabel.isEmpty();
  }

  public boolean hasStop() {
    return !stopText.isEmpty();
  }

  public boolean hasDeadlineCalendarText() {
    return !deadlineCalendarText.isEmpty();
  }

  public boolean hasStartCalendarText() {
    return !startCalendarText.isEmpty();
  }

  public boolean hasStopCalendarText() {
    return !stopCalendarText.isEmpty();
  }

  public boolean hasHiddenSpans() {
    return !hiddenSpansText.isEmpty();
  }
}

package org.slaclocks.web.view;

import java.time.Instant;
import org.slaclocks.calendar.BusinessCalendar;
import org.slaclocks.clock.ClockState;
import org.slaclocks.clock.Cycle;
import org.slaclocks.clock.CycleFacts;
import org.slaclocks.clock.ExclusionWindow;
import org.slaclocks.clock.Pause;
import org.slaclocks.web.host.IssueRef;

/** Builds {@link CountdownView}s: severity, icon, texts and the live countdown's limits. */
final class Countdowns {
  /** Without an internal target the warning colour starts one hour before the deadline. */
  static final long WARNING_SECONDS = 3600;

  /** The danger colour starts 30 minutes before the deadline. */
  static final long DANGER_SECONDS = 1800;

  static final String UNAVAILABLE = "UNAVAILABLE";

  private Countdowns() {}

  static CountdownView notStarted(
      IssueRef issue, String metricId, String metricName, Instant now, Texts t) {
    return new CountdownView(
        issue.id(),
        issue.key(),
        metricId,
        metricName,
        ClockState.NOT_STARTED.name(),
        t.text("state.NOT_STARTED"),
        false,
        t.text("value.none"),
        null,
        "none",
        "time",
        t.text("label.notStarted", metricName),
        "",
        null,
        WARNING_SECONDS,
        DANGER_SECONDS,
        now.toEpochMilli(),
        "",
        null,
        "",
        "",
        t.messages().hourUnit(),
        t.messages().minuteUnit());
  }

  static CountdownView unavailable(
      IssueRef issue, String metricId, String metricName, String reason, Instant now, Texts t) {
    return new CountdownView(
        issue.id(),
        issue.key(),
        metricId,
        metricName,
        UNAVAILABLE,
        t.text("state.UNAVAILABLE"),
        false,
        t.text("value.unavailable"),
        null,
        "unavailable",
        "warning",
        t.text("label.unavailable", metricName),
        reason,
        null,
        WARNING_SECONDS,
        DANGER_SECONDS,
        now.toEpochMilli(),
        "",
        null,
        "",
        "",
        t.messages().hourUnit(),
        t.messages().minuteUnit());
  }

  /** The countdown of a metric whose current cycle is {@code cycle} (facts {@code facts}). */
  static CountdownView of(
      IssueRef issue,
      String metricId,
      String metricName,
      Cycle cycle,
      CycleFacts facts,
      BusinessCalendar calendar,
      Instant now,
      Texts t) {
    ClockState state = cycle.state();
    long remaining = cycle.remaining().getSeconds();
    long warningAt = warningAt(cycle);
    boolean outside = cycle.isOpen() && state == ClockState.RUNNING && !calendar.isWorkingTime(now);
    String severity = severity(state, remaining, warningAt);
    String icon;
    if (state == ClockState.MET) {
      icon = "check-circle";
    } else if (state == ClockState.BREACHED) {
      icon = "cross-circle";
    } else if (state == ClockState.PAUSED || outside) {
      icon = "pause";
    } else {
      icon = remaining < 0 ? "cross-circle" : "time";
    }
    String pauseText = "";
    if (state == ClockState.PAUSED) {
      pauseText = pauseText(facts, calendar, now, t);
    } else if (outside) {
      pauseText =
          t.text(
              "pause.outside",
              cycle.goal().calendar(),
              t.instantWithCalendar(calendar.nextWorkingInstant(now), calendar.zone()));
    }
    Long until = null;
    if (state == ClockState.RUNNING && !outside) {
      until = countsDownUntil(facts, calendar, now).toEpochMilli();
    }
    String value = t.duration(remaining);
    String over = t.duration(-remaining);
    String label;
    String liveLeft = "";
    String liveOverdue = "";
    String mood = outside ? "outside" : state == ClockState.PAUSED ? "paused" : "running";
    switch (state) {
      case MET -> label = t.text("label.met", metricName, value);
      case BREACHED -> label = t.text("label.breached", metricName, over);
      default -> {
        label =
            remaining < 0
                ? t.text("label." + mood + ".overdue", metricName, over)
                : t.text("label." + mood + ".left", metricName, value);
        if (until != null) {
          liveLeft = t.text("label.running.left", metricName, "{0}");
          liveOverdue = t.text("label.running.overdue", metricName, "{0}");
        }
      }
    }
    if (!pauseText.isEmpty()) {
      label = label + " " + pauseText;
    }
    Instant breach = cycle.deadline() != null ? cycle.deadline() : cycle.breachAt();
    return new CountdownView(
        issue.id(),
        issue.key(),
        metricId,
        metricName,
        state.name(),
        outside ? t.text("state.RUNNING.outside") : t.text("state." + state.name()),
        outside,
        value,
        remaining,
        severity,
        icon,
        label,
        pauseText,
        until,
        warningAt,
        DANGER_SECONDS,
        now.toEpochMilli(),
        breach == null ? "" : breach.toString(),
        breach == null ? null : breach.toEpochMilli(),
        liveLeft,
        liveOverdue,
        t.messages().hourUnit(),
        t.messages().minuteUnit());
  }

  /** Remaining seconds at or below which a cycle is shown as a warning. */
  static long warningAt(Cycle cycle) {
    if (cycle.goal().internalTarget() == null) {
      return WARNING_SECONDS;
    }
    return cycle.goal().target().minus(cycle.goal().internalTarget()).getSeconds();
  }

  /**
   * The colour of a cycle: met, breached (stopped late, or open and over), paused, else by the
   * remaining time: danger at 30 minutes left, warning at the internal target (or one hour).
   */
  static String severity(ClockState state, long remaining, long warningAt) {
    return switch (state) {
      case NOT_STARTED -> "none";
      case MET -> "met";
      case BREACHED -> "breached";
      case PAUSED -> remaining < 0 ? "breached" : "paused";
      case RUNNING -> {
        if (remaining < 0) {
          yield "breached";
        } else if (remaining <= DANGER_SECONDS) {
          yield "danger";
        } else if (remaining <= warningAt) {
          yield "warning";
        }
        yield "normal";
      }
    };
  }

  /** Why an open cycle does not count at now. */
  private static String pauseText(
      CycleFacts facts, BusinessCalendar calendar, Instant now, Texts t) {
    for (Pause pause : facts.pauses()) {
      boolean covers =
          !pause.startInclusive().isAfter(now)
              && (pause.endExclusive() == null || pause.endExclusive().isAfter(now));
      if (!covers) {
        continue;
      }
      if (pause.kind() == Pause.Kind.CONDITION) {
        return t.text("pause.condition", t.cause(pause.cause()));
      }
      return pause.endExclusive() == null
          ? t.text("pause.exclusion.open", exclusionReason(pause.cause()))
          : t.text(
              "pause.exclusion",
              exclusionReason(pause.cause()),
              t.instantWithCalendar(pause.endExclusive(), calendar.zone()));
    }
    return "";
  }

  /**
   * The reason of an exclusion window from its pause's cause: the engine writes "exclusion:
   * supplier outage", and the views say "exclusion window" in the viewer's language themselves.
   */
  static String exclusionReason(String cause) {
    return cause.startsWith(EXCLUSION_PREFIX) ? cause.substring(EXCLUSION_PREFIX.length()) : cause;
  }

  private static final String EXCLUSION_PREFIX = "exclusion: ";

  /** The end of the span the clock counts in from now: the next closing or exclusion start. */
  private static Instant countsDownUntil(CycleFacts facts, BusinessCalendar calendar, Instant now) {
    Instant until = calendar.workingIntervalEnd(now);
    for (ExclusionWindow window : facts.exclusionWindows()) {
      if (window.startInclusive().isAfter(now) && window.startInclusive().isBefore(until)) {
        until = window.startInclusive();
      }
    }
    return until;
  }
}

package org.slaclocks.jira.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slaclocks.clock.ClockState;
import org.slaclocks.query.ClockColumn;
import org.slaclocks.query.ClockCondition;
import org.slaclocks.query.ClockCondition.Op;

/** An OR of ranges is asked as one range query each; anything else as itself. */
class ClockAlternativesTest {
  private static final ClockCondition METRIC =
      new ClockCondition.Compare(ClockColumn.METRIC_ID, Op.EQ, "ttr");
  private static final ClockCondition RUNNING_NINE_TO_FIVE =
      new ClockCondition.All(
          List.of(
              new ClockCondition.Compare(ClockColumn.STATE, Op.EQ, ClockState.RUNNING),
              new ClockCondition.Compare(ClockColumn.CALENDAR, Op.EQ, "9-17"),
              new ClockCondition.Compare(
                  ClockColumn.ZERO_AT, Op.LE, Instant.parse("2026-01-05T09:00:00Z"))));
  private static final ClockCondition PAUSED_LONG =
      new ClockCondition.All(
          List.of(
              new ClockCondition.Compare(ClockColumn.STATE, Op.EQ, ClockState.PAUSED),
              new ClockCondition.Compare(ClockColumn.ELAPSED, Op.GT, Duration.ofHours(4))));

  @Test
  void splitsTheMetricAndAnOrIntoOneQueryPerAlternative() {
    ClockCondition condition =
        new ClockCondition.All(
            List.of(METRIC, new ClockCondition.Any(List.of(RUNNING_NINE_TO_FIVE, PAUSED_LONG))));

    assertThat(AoClockRepository.alternatives(condition))
        .containsExactly(
            new ClockCondition.All(List.of(METRIC, RUNNING_NINE_TO_FIVE)),
            new ClockCondition.All(List.of(METRIC, PAUSED_LONG)));
  }

  @Test
  void asksAConditionWithoutAnOrAsItIs() {
    ClockCondition breached =
        new ClockCondition.All(
            List.of(
                METRIC,
                new ClockCondition.Compare(
                    ClockColumn.BREACH_AT, Op.LT, Instant.parse("2026-01-05T09:00:00Z"))));

    assertThat(AoClockRepository.alternatives(breached)).containsExactly(breached);
  }
}

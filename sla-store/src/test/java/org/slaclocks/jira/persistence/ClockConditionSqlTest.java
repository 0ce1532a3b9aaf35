package org.slaclocks.jira.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.slaclocks.query.ClockCondition.all;
import static org.slaclocks.query.ClockCondition.compare;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.slaclocks.clock.ClockState;
import org.slaclocks.query.ClockColumn;
import org.slaclocks.query.ClockCondition;
import org.slaclocks.query.ClockCondition.Op;

class ClockConditionSqlTest {
  private static final Instant AT = Instant.parse("2026-03-16T10:30:00Z");

  @Test
  void bindsEveryValueAndNamesOnlyColumns() {
    ClockConditionSql sql =
        ClockConditionSql.of(
            all(
                compare(ClockColumn.METRIC_ID, Op.EQ, "ttr"),
                compare(ClockColumn.STATE, Op.EQ, ClockState.RUNNING),
                compare(ClockColumn.GOAL, Op.EQ, Duration.ofHours(2)),
                compare(ClockColumn.BREACH_AT, Op.LT, AT)));

    assertThat(sql.where())
        .isEqualTo("(METRIC_ID = ? AND STATE = ? AND GOAL_MS = ? AND BREACH_AT < ?)");
    assertThat(sql.params()).containsExactly("ttr", "RUNNING", 7_200_000L, AT.toEpochMilli());
  }

  @Test
  void aPolicyIsAskedOfItsHashWhereEveryRowHasOne() {
    ClockCondition gold =
        all(
            compare(ClockColumn.METRIC_ID, Op.EQ, "ttr"),
            compare(ClockColumn.POLICY_ID, Op.EQ, "gold"),
            new ClockCondition.In(ClockColumn.POLICY_ID, Set.of("gold", "silver"), true));

    ClockConditionSql byHash = ClockConditionSql.of(gold, true);
    ClockConditionSql byId = ClockConditionSql.of(gold, false);

    assertThat(ClockConditionSql.namesPolicy(gold)).isTrue();
    assertThat(ClockConditionSql.namesPolicy(compare(ClockColumn.METRIC_ID, Op.EQ, "x"))).isFalse();
    assertThat(byHash.where())
        .isEqualTo("(METRIC_ID = ? AND POLICY_HASH = ? AND (POLICY_HASH NOT IN (?,?)))");
    assertThat(byHash.params())
        .containsExactly(
            "ttr",
            PolicyHash.of("gold"),
            Math.min(PolicyHash.of("gold"), PolicyHash.of("silver")),
            Math.max(PolicyHash.of("gold"), PolicyHash.of("silver")));
    assertThat(byId.where())
        .isEqualTo("(METRIC_ID = ? AND POLICY_ID = ? AND (POLICY_ID NOT IN (?,?)))");
    assertThat(PolicyHash.of("gold")).isNotEqualTo(PolicyHash.of("silver"));
  }

  /** Stored instants are whole milliseconds: a finer bound is rounded so that nothing changes. */
  @Test
  void roundsAFinerInstantTheWayThatKeepsTheComparisonExact() {
    Instant between = AT.plusNanos(300_000); // 0.3 ms after AT
    long ms = AT.toEpochMilli();
    List<Object[]> cases =
        List.of(
            new Object[] {Op.LT, ms + 1}, // x < 5.3  is  x < 6
            new Object[] {Op.LE, ms}, // x <= 5.3  is  x <= 5
            new Object[] {Op.GT, ms}, // x > 5.3  is  x > 5
            new Object[] {Op.GE, ms + 1}); // x >= 5.3  is  x >= 6
    for (Object[] c : cases) {
      ClockConditionSql sql =
          ClockConditionSql.of(compare(ClockColumn.ZERO_AT, (Op) c[0], between));
      assertThat(sql.params()).as("%s", c[0]).containsExactly(c[1]);
    }
    assertThat(ClockConditionSql.of(compare(ClockColumn.ZERO_AT, Op.EQ, between)).where())
        .as("no whole millisecond equals it")
        .isEqualTo("ISSUE_ID IS NULL");
  }

  @Test
  void splitsLongInListsIntoChunksOfAThousand() {
    Set<Long> ids = LongStream.rangeClosed(1, 2500).boxed().collect(Collectors.toSet());

    ClockConditionSql in =
        ClockConditionSql.of(new ClockCondition.In(ClockColumn.ISSUE_ID, ids, false));
    ClockConditionSql notIn =
        ClockConditionSql.of(new ClockCondition.In(ClockColumn.ISSUE_ID, ids, true));

    assertThat(in.where().split(" OR ")).hasSize(3);
    assertThat(notIn.where().split(" AND ")).hasSize(3).allMatch(p -> p.contains("NOT IN"));
    assertThat(in.params()).hasSize(2500).isSorted();
  }

  @Test
  void writesAlwaysAndNeverWithAColumnNotALiteral() {
    assertThat(ClockConditionSql.of(all()).where()).isEqualTo("ISSUE_ID IS NOT NULL");
    assertThat(ClockConditionSql.of(ClockCondition.none()).where()).isEqualTo("ISSUE_ID IS NULL");
  }
}

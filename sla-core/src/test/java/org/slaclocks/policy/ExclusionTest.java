package org.slaclocks.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slaclocks.clock.ExclusionWindow;

class ExclusionTest {
  static final ExclusionWindow OUTAGE =
      new ExclusionWindow(
          Instant.parse("2026-01-05T10:00:00Z"), Instant.parse("2026-01-05T12:00:00Z"), "outage");

  @Test
  void aFileKeyAppliesToItsIssueOnceResolvedToTheIssueId() {
    Exclusion byKey = new Exclusion("e", OUTAGE, null, "HELP-12");

    Exclusion resolved = byKey.resolvedBy(Map.of("HELP-12", 10012L)::get);
    Exclusion unknown = byKey.resolvedBy(Map.of("HELP-13", 10013L)::get);

    assertThat(byKey.isUnresolved()).isTrue();
    assertThat(byKey.appliesTo(10012)).isFalse();
    assertThat(resolved.issueId()).isEqualTo(10012L);
    assertThat(resolved.issueKey()).isEqualTo("HELP-12");
    assertThat(resolved.appliesTo(10012)).isTrue();
    assertThat(resolved.appliesTo(10013)).isFalse();
    assertThat(unknown).isEqualTo(byKey);
  }

  @Test
  void aGlobalWindowAppliesToEveryIssueAndAnIdNeedsNoResolving() {
    Exclusion global = Exclusion.global("g", OUTAGE);
    Exclusion own = Exclusion.forIssue("o", OUTAGE, 7);

    assertThat(global.appliesTo(7)).isTrue();
    assertThat(global.appliesTo(8)).isTrue();
    assertThat(own.resolvedBy(key -> 99L)).isEqualTo(own);
    assertThat(own.appliesTo(7)).isTrue();
    assertThat(own.appliesTo(8)).isFalse();
  }

  @Test
  void anIssueIdIsAPositiveNumber() {
    assertThatThrownBy(() -> Exclusion.forIssue("e", OUTAGE, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("issueId");
  }
}

package org.slaclocks.jira.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slaclocks.clock.ClockState;
import org.slaclocks.tracking.StoredCycle;
import org.slaclocks.tracking.StoredSlaClock;

class CyclesJsonTest {

  @Test
  void readsBackWhatItWrote() {
    List<StoredCycle> cycles = StoredSlaClock.of(Clocks.breached("resolution")).cycles();

    assertThat(CyclesJson.read(CyclesJson.write(cycles))).isEqualTo(cycles);
  }

  @Test
  void keepsACycleWithoutGoalOrDurations() {
    StoredCycle pending =
        new StoredCycle(
            0,
            Instant.parse("2026-01-05T09:00:00Z"),
            null,
            null,
            ClockState.RUNNING,
            null,
            null,
            null,
            null,
            null,
            List.of(),
            List.of());

    assertThat(CyclesJson.read(CyclesJson.write(List.of(pending)))).containsExactly(pending);
  }

  @Test
  void anEmptyColumnIsNoCycles() {
    assertThat(CyclesJson.read(null)).isEmpty();
    assertThat(CyclesJson.read(CyclesJson.write(List.of()))).isEmpty();
  }

  @Test
  void refusesADocumentOfAnUnknownShape() {
    assertThatThrownBy(() -> CyclesJson.read("{\"v\":2,\"cycles\":[]}"))
        .hasMessageContaining("unknown shape v=2");
  }
}

package org.slaclocks.jira.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slaclocks.clock.ClockEvent;
import org.slaclocks.clock.ClockFacts;
import org.slaclocks.clock.CycleFacts;
import org.slaclocks.clock.Goal;

class CyclesJsonTest {

  private static ClockFacts roundTrip(ClockFacts clock) {
    return CyclesJson.read(clock.policyId(), clock.metricId(), CyclesJson.write(clock));
  }

  @Test
  void readsBackEqualFacts() {
    ClockFacts clock = Clocks.breached("resolution");

    assertThat(roundTrip(clock)).isEqualTo(clock);
    assertThat(roundTrip(Clocks.notStarted("first-response")))
        .isEqualTo(Clocks.notStarted("first-response"));
  }

  @Test
  void keepsInstantsAndDurationsFinerThanAMillisecond() {
    Instant start = Instant.parse("2026-01-05T09:00:00.123456789Z");
    ClockFacts clock =
        new ClockFacts(
            "p",
            "m",
            "M",
            List.of(
                new CycleFacts(
                    1,
                    start,
                    null,
                    new Goal(Duration.ofNanos(7_200_000_000_001L), null, "24/7", "default"),
                    Duration.ofNanos(1),
                    start.plusNanos(1),
                    null,
                    null,
                    List.of(),
                    List.of(new ClockEvent(start, ClockEvent.Type.START, "created")))));

    assertThat(roundTrip(clock)).isEqualTo(clock);
  }

  @Test
  void writesNothingThatDependsOnWhenItWasWritten() {
    String document = CyclesJson.write(Clocks.breached("resolution"));

    assertThat(document)
        .startsWith("{\"v\":2,\"name\":\"Time to resolution\"")
        .doesNotContain("remaining", "\"state\"", "timeline", "BREACH\"", "AT_RISK\"");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "", // empty column
        "{\"v\":2,\"name\":\"x\",\"cycles\":[", // cut short
        "{\"v\":1,\"name\":\"x\",\"cycles\":[]}", // the snapshot shape of model versions 1 and 2
        "{\"v\":2,\"cycles\":[]}", // no name
        "{\"v\":2,\"name\":\"x\",\"cycles\":[{\"index\":1}]}", // no start
        "{\"v\":2,\"name\":\"x\",\"cycles\":[{\"index\":2,\"start\":0,\"goal\":{\"target\":1,"
            + "\"calendar\":\"c\",\"label\":\"l\"},\"elapsed\":0,\"elapsedAt\":0}]}" // numbered 2
      })
  void refusesADocumentThatDoesNotStateValidFacts(String document) {
    assertThatThrownBy(() -> CyclesJson.read("p", "m", document))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("CYCLES");
  }
}

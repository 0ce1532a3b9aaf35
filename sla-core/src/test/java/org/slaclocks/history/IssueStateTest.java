package org.slaclocks.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IssueStateTest {

  /** Causes join these values: their order must not depend on the JVM's set salt. */
  @Test
  void multiValuedFieldsIterateInSortedOrderHoweverTheyWereWritten() {
    IssueState state =
        IssueState.of(
            Map.of("labels", "zulu vip alpha mike", "components", "VPN, Email, Backup, Network"));

    IssueState changed =
        state
            .apply(new IssueChange.FieldChange("components", null, "Audio"))
            .apply(new IssueChange.FieldChange("labels", "zulu vip alpha mike", "x b y a"));

    assertThat(new ArrayList<>(state.all("labels")))
        .containsExactly("alpha", "mike", "vip", "zulu");
    assertThat(new ArrayList<>(changed.all("components")))
        .containsExactly("Audio", "Backup", "Email", "Network", "VPN");
    assertThat(new ArrayList<>(changed.all("labels"))).containsExactly("a", "b", "x", "y");
  }

  @Test
  void emptyValuesLeaveAFieldEmpty() {
    IssueState state = IssueState.of(Map.of("labels", "   ", "components", " , "));

    assertThat(state.has("labels")).isFalse();
    assertThat(state.has("components")).isFalse();
    assertThat(state).isEqualTo(IssueState.of(Map.of()));
  }

  @Test
  void aSingleValuedFieldKeepsItsWholeText() {
    IssueState state = IssueState.of(Map.of("Customer", "Acme, Inc."));

    assertThat(state.all("Customer")).isEqualTo(java.util.Set.of("Acme, Inc."));
    assertThat(state.get("Customer")).isEqualTo("Acme, Inc.");
    assertThat(List.copyOf(state.all("nothing"))).isEmpty();
  }
}

package org.slaclocks.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IssueHistoryTest {
  static final Instant CREATED = Instant.parse("2026-01-05T09:00:00Z");
  static final UserRef ANNA = UserRef.of("agent.anna");

  @Test
  void keepsTheHistoryOrderOfChangesAtTheSameInstant() {
    ChangeGroup first =
        ChangeGroup.of(
            CREATED.plusSeconds(60), ANNA, new IssueChange.FieldChange("status", "Open", "A"));
    ChangeGroup second =
        ChangeGroup.of(
            CREATED.plusSeconds(60), ANNA, new IssueChange.FieldChange("status", "A", "B"));
    ChangeGroup earlier =
        ChangeGroup.of(CREATED.plusSeconds(30), ANNA, new IssueChange.CommentAdded(ANNA, false));

    IssueHistory history =
        new IssueHistory(1, "HELP-1", CREATED, ANNA, Map.of(), List.of(first, second, earlier));

    assertThat(history.groups()).containsExactly(earlier, first, second);
  }

  @Test
  void aChangeDatedBeforeCreationIsTakenAsAtCreation() {
    ChangeGroup imported =
        ChangeGroup.of(CREATED.minusSeconds(3600), ANNA, new IssueChange.CommentAdded(ANNA, false));

    IssueHistory history =
        new IssueHistory(1, "HELP-1", CREATED, ANNA, Map.of(), List.of(imported));

    assertThat(history.groups()).hasSize(1);
    assertThat(history.groups().get(0).at()).isEqualTo(CREATED);
    assertThat(history.groups().get(0).items()).isEqualTo(imported.items());
  }

  @Test
  void theInitialStateReadsLabelsComponentsAndSingleFields() {
    IssueState state =
        new IssueHistory(
                1,
                "HELP-1",
                CREATED,
                ANNA,
                Map.of("labels", "vip  outage", "Component", "VPN, Email", "Priority", "High"),
                List.of())
            .initialState();

    assertThat(state.all("labels")).containsExactlyInAnyOrder("vip", "outage");
    assertThat(state.all("components")).containsExactlyInAnyOrder("VPN", "Email");
    assertThat(state.get("priority")).isEqualTo("High");
    assertThat(state.apply(new IssueChange.FieldChange("Component", "VPN", null)).all("components"))
        .containsExactly("Email");
    assertThat(state.apply(new IssueChange.FieldChange("priority", "High", null)).has("priority"))
        .isFalse();
  }

  @Test
  void theStateAtAnInstantHasEveryChangeUpToAndIncludingIt() {
    IssueHistory history =
        new IssueHistory(
            1,
            "HELP-1",
            CREATED,
            ANNA,
            Map.of("priority", "Low", "project", "HELP", "Organization", "Acme Corp"),
            List.of(
                new ChangeGroup(
                    CREATED.plusSeconds(60),
                    ANNA,
                    List.of(new IssueChange.FieldChange("Priority", "Low", "Highest"))),
                new ChangeGroup(
                    CREATED.plusSeconds(120),
                    ANNA,
                    List.of(
                        new IssueChange.FieldChange("Organization", "Acme Corp", "Globex"),
                        new IssueChange.Moved("HELP", "OPS")))));

    assertThat(history.stateAt(CREATED.minusSeconds(1)).get("priority")).isEqualTo("Low");
    assertThat(history.stateAt(CREATED.plusSeconds(59)).get("priority")).isEqualTo("Low");
    assertThat(history.stateAt(CREATED.plusSeconds(60)).get("priority")).isEqualTo("Highest");
    assertThat(history.stateAt(CREATED.plusSeconds(119)).get("Organization"))
        .isEqualTo("Acme Corp");
    assertThat(history.stateAt(CREATED.plusSeconds(120)).get("Organization")).isEqualTo("Globex");
    assertThat(history.stateAt(CREATED.plusSeconds(120)).get("project")).isEqualTo("OPS");
  }
}

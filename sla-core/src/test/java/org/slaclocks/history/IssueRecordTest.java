package org.slaclocks.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The one mapping from Jira's change items to the engine's history, for the app and offline. */
class IssueRecordTest {
  static final Instant CREATED = Instant.parse("2026-03-02T09:00:00Z");
  static final UserRef CARLA = new UserRef("carla", "Carla Customer");
  static final UserRef ANNA = new UserRef("agent.anna", "Anna Agent");

  static CurrentFields.Builder open() {
    return CurrentFields.builder()
        .project("SD")
        .issueType("1", "Incident")
        .status("1", "Open")
        .priority("3", "Medium")
        .reporter("carla");
  }

  static IssueRecord record(CurrentFields current, ChangeItem... items) {
    return new IssueRecord(
        7,
        "SD-7",
        CREATED,
        CARLA,
        current,
        List.of(new ChangeItemGroup(CREATED.plusSeconds(60), ANNA, List.of(items))),
        List.of());
  }

  static List<IssueChange> itemsOf(IssueHistory history) {
    return history.groups().isEmpty() ? List.of() : history.groups().get(0).items();
  }

  static Stream<Arguments> items() {
    return Stream.of(
        Arguments.of(
            "a status is read by name",
            ChangeItem.system("status", "1", "Open", "3", "In Progress"),
            List.of(new IssueChange.FieldChange("status", "Open", "In Progress"))),
        Arguments.of(
            // the id 10100 is "Waiting on customer" now (below): the item's older name gives way
            "a status id is read under its name now",
            ChangeItem.system("status", "1", "Open", "10100", "Waiting for customer"),
            List.of(new IssueChange.FieldChange("status", "Open", "Waiting on customer"))),
        Arguments.of(
            "an item without ids keeps its names",
            ChangeItem.system("status", null, "Open", null, "Waiting for customer"),
            List.of(new IssueChange.FieldChange("status", "Open", "Waiting for customer"))),
        Arguments.of(
            "a priority id is read under its name now",
            ChangeItem.system("priority", "2", "Urgent", "3", "Normal"),
            List.of(new IssueChange.FieldChange("priority", "High", "Medium"))),
        Arguments.of(
            "the assignee is read by user id, not display name",
            ChangeItem.system("assignee", null, null, "JIRAUSER10200", "Anna Agent"),
            List.of(new IssueChange.FieldChange("assignee", null, "agent.anna"))),
        Arguments.of(
            "a custom field is read by its text under its display name",
            ChangeItem.custom("Region", "Americas", "EMEA"),
            List.of(new IssueChange.FieldChange("Region", "Americas", "EMEA"))),
        Arguments.of(
            "a component item adds one value",
            ChangeItem.system("Component", "10001", null, "10002", "VPN"),
            List.of(new IssueChange.FieldChange("components", null, "VPN"))),
        Arguments.of(
            "an item with neither value is dropped, and so is its empty group",
            ChangeItem.system("description", null, "", null, ""),
            List.of()),
        Arguments.of(
            "a move is a project change by key and a Moved",
            ChangeItem.system("Key", null, "HD-3", null, "SD-7"),
            List.of(
                new IssueChange.FieldChange("Key", "HD-3", "SD-7"),
                new IssueChange.Moved("HD", "SD"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("items")
  void mapsEachKindOfItem(String rule, ChangeItem item, List<IssueChange> expected) {
    CurrentFields current =
        open()
            .status("10100", "Waiting on customer")
            .priority("3", "Medium")
            .custom("Region", "EMEA")
            .build();
    ChangeItem renamedLater = ChangeItem.system("priority", "3", "Medium", "2", "High");
    IssueRecord record =
        new IssueRecord(
            7,
            "SD-7",
            CREATED,
            CARLA,
            current,
            List.of(
                new ChangeItemGroup(CREATED.plusSeconds(60), ANNA, List.of(item)),
                // priority 2 was renamed "Urgent" -> "High" before this later item named it
                new ChangeItemGroup(CREATED.plusSeconds(120), ANNA, List.of(renamedLater))),
            List.of());

    IssueHistory history =
        record.toHistory(handle -> handle.equals("JIRAUSER10200") ? "agent.anna" : handle);

    List<IssueChange> first =
        history.groups().size() == 2 ? history.groups().get(0).items() : List.of();
    assertThat(first).as(rule).isEqualTo(expected);
  }

  @Test
  void aMoveRewritesTheProjectItemToProjectKeys() {
    IssueHistory history =
        record(
                open().build(),
                ChangeItem.system("project", "10000", "Help Desk", "10001", "Service Desk"),
                ChangeItem.system("Key", null, "HD-3", null, "SD-7"))
            .toHistory();

    assertThat(itemsOf(history))
        .containsExactly(
            new IssueChange.FieldChange("project", "HD", "SD"),
            new IssueChange.FieldChange("Key", "HD-3", "SD-7"),
            new IssueChange.Moved("HD", "SD"));
    assertThat(history.initialFields()).containsEntry("project", "HD");
  }

  @Test
  void aProjectItemWithoutAKeyItemMovesByTheProjectItsNames() {
    IssueHistory history =
        record(open().build(), ChangeItem.system("project", "10000", "HD", "10001", "SD"))
            .toHistory();

    assertThat(itemsOf(history))
        .containsExactly(
            new IssueChange.FieldChange("project", "HD", "SD"), new IssueChange.Moved("HD", "SD"));
  }

  @Test
  void eachCommentIsAGroupOfItsOwnAfterTheChangesOfItsInstant() {
    Instant at = CREATED.plusSeconds(60);
    IssueRecord record =
        new IssueRecord(
            7,
            "SD-7",
            CREATED,
            CARLA,
            open().status("3", "In Progress").build(),
            List.of(
                new ChangeItemGroup(
                    at,
                    ANNA,
                    List.of(ChangeItem.system("status", "1", "Open", "3", "In Progress")))),
            List.of(new IssueComment(at, ANNA, true), new IssueComment(at, CARLA, false)));

    IssueHistory history = record.toHistory();

    assertThat(history.groups())
        .extracting(group -> group.items().get(0))
        .containsExactly(
            new IssueChange.FieldChange("status", "Open", "In Progress"),
            new IssueChange.CommentAdded(ANNA, true),
            new IssueChange.CommentAdded(CARLA, false));
  }

  /** The app and the import read the same fields at creation: every field the history changes. */
  @Test
  void theFieldsAtCreationUndoEveryFieldTheHistoryChangesEvenOnesNotCurrent() {
    IssueHistory history =
        record(
                open().status("3", "In Progress").components(List.of("VPN", "Email")).build(),
                ChangeItem.system("status", "1", "Open", "3", "In Progress"),
                ChangeItem.system("Component", null, null, "2", "VPN"),
                ChangeItem.system("duedate", null, "2026-03-09", null, null),
                ChangeItem.custom("Region", "EMEA", "Americas"))
            .toHistory();

    assertThat(history.initialFields())
        .isEqualTo(
            Map.of(
                "project", "SD",
                "issuetype", "Incident",
                "status", "Open",
                "priority", "Medium",
                "reporter", "carla",
                "components", "Email",
                "duedate", "2026-03-09",
                "Region", "EMEA"));
  }
}

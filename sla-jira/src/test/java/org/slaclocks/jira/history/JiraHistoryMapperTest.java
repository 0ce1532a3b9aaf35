package org.slaclocks.jira.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.slaclocks.jira.history.JiraFakes.comment;
import static org.slaclocks.jira.history.JiraFakes.custom;
import static org.slaclocks.jira.history.JiraFakes.group;
import static org.slaclocks.jira.history.JiraFakes.issue;
import static org.slaclocks.jira.history.JiraFakes.item;
import static org.slaclocks.jira.history.JiraFakes.user;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.option.Option;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.resolution.Resolution;
import com.atlassian.jira.user.ApplicationUser;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slaclocks.history.ChangeGroup;
import org.slaclocks.history.FieldNames;
import org.slaclocks.history.IssueChange;
import org.slaclocks.history.IssueHistory;
import org.slaclocks.history.UserRef;

class JiraHistoryMapperTest {
  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
  private static final ApplicationUser CUSTOMER = user("JIRAUSER10100", "Carla Customer");
  private static final ApplicationUser AGENT = user("JIRAUSER10200", "Aaron Agent");

  private static IssueHistory map(Issue issue, List<?> groups, List<?> comments) {
    return map(issue, groups, comments, Map.of());
  }

  @SuppressWarnings("unchecked")
  private static IssueHistory map(
      Issue issue, List<?> groups, List<?> comments, Map<String, CustomField> fields) {
    return JiraHistoryMapper.map(
        issue,
        (List<com.atlassian.jira.issue.changehistory.ChangeHistory>) groups,
        (List<com.atlassian.jira.issue.comments.Comment>) comments,
        fields,
        issue::getCustomFieldValue);
  }

  @Test
  void statusChangesAreNamedAndTheInitialStatusIsUndone() {
    Issue issue = issue(1, T0, CUSTOMER, "Waiting for customer", "High", AGENT);
    IssueHistory history =
        map(
            issue,
            List.of(
                group(T0.plusSeconds(60), AGENT, item("status", "1", "Open", "3", "In Progress")),
                group(
                    T0.plusSeconds(120),
                    AGENT,
                    item("status", "3", "In Progress", "10001", "Waiting for customer"))),
            List.of());

    assertThat(history.issueId()).isEqualTo(1);
    assertThat(history.key()).isEqualTo("SD-1");
    assertThat(history.createdAt()).isEqualTo(T0);
    assertThat(history.creator()).isEqualTo(new UserRef("JIRAUSER10100", "Carla Customer"));
    assertThat(history.initialFields())
        .containsEntry(FieldNames.STATUS, "Open")
        .containsEntry(FieldNames.PRIORITY, "High")
        .containsEntry(FieldNames.PROJECT, "SD")
        .containsEntry(FieldNames.REPORTER, "JIRAUSER10100");
    assertThat(history.groups())
        .extracting(ChangeGroup::items)
        .containsExactly(
            List.of(new IssueChange.FieldChange("status", "Open", "In Progress")),
            List.of(new IssueChange.FieldChange("status", "In Progress", "Waiting for customer")));
  }

  /** Jira's items keep the status id: a rename does not split the history. */
  @Test
  void aRenamedStatusIsReadUnderItsNameNowThroughItsId() {
    Issue issue = issue(9, T0, CUSTOMER, "Waiting on customer", "High", AGENT);
    IssueHistory history =
        map(
            issue,
            List.of(
                group(
                    T0.plusSeconds(60),
                    AGENT,
                    item("status", "1", "Open", "10001", "Waiting for customer")),
                group(
                    T0.plusSeconds(120),
                    AGENT,
                    item("status", "10001", "Waiting on customer", "1", "Open")),
                group(
                    T0.plusSeconds(180),
                    AGENT,
                    item("status", "1", "Open", "10001", "Waiting on customer"))),
            List.of());

    assertThat(history.groups())
        .extracting(g -> g.items().get(0))
        .containsExactly(
            new IssueChange.FieldChange("status", "Open", "Waiting on customer"),
            new IssueChange.FieldChange("status", "Waiting on customer", "Open"),
            new IssueChange.FieldChange("status", "Open", "Waiting on customer"));
  }

  @Test
  void assigneeItemsCarryUserKeysNotDisplayNames() {
    Issue issue = issue(2, T0, CUSTOMER, "Open", "High", AGENT);
    IssueHistory history =
        map(
            issue,
            List.of(
                group(
                    T0.plusSeconds(60),
                    AGENT,
                    item("assignee", null, null, "JIRAUSER10200", "Aaron Agent"))),
            List.of());

    assertThat(history.groups().get(0).items())
        .containsExactly(new IssueChange.FieldChange("assignee", null, "JIRAUSER10200"));
    assertThat(history.groups().get(0).author().id()).isEqualTo("JIRAUSER10200");
    assertThat(history.initialFields()).doesNotContainKey(FieldNames.ASSIGNEE);
  }

  @Test
  void severalItemsOfOneTransitionStayInOneGroup() {
    Issue issue = issue(3, T0, CUSTOMER, "Resolved", "High", AGENT);
    Resolution done = mock(Resolution.class);
    when(done.getName()).thenReturn("Done");
    when(issue.getResolution()).thenReturn(done);
    IssueHistory history =
        map(
            issue,
            List.of(
                group(
                    T0.plusSeconds(300),
                    AGENT,
                    item("status", "1", "Open", "5", "Resolved"),
                    item("resolution", null, null, "10000", "Done"))),
            List.of());

    assertThat(history.groups()).hasSize(1);
    assertThat(history.groups().get(0).items())
        .containsExactly(
            new IssueChange.FieldChange("status", "Open", "Resolved"),
            new IssueChange.FieldChange("resolution", null, "Done"));
    assertThat(history.initialFields())
        .containsEntry(FieldNames.STATUS, "Open")
        .doesNotContainKey(FieldNames.RESOLUTION);
  }

  @Test
  void priorityChangesGiveTheInitialPriority() {
    Issue issue = issue(4, T0, CUSTOMER, "Open", "Highest", null);
    IssueHistory history =
        map(
            issue,
            List.of(
                group(T0.plusSeconds(30), AGENT, item("priority", "3", "Medium", "1", "Highest"))),
            List.of());

    assertThat(history.initialFields()).containsEntry(FieldNames.PRIORITY, "Medium");
    assertThat(history.groups().get(0).items())
        .containsExactly(new IssueChange.FieldChange("priority", "Medium", "Highest"));
  }

  @Test
  void customFieldChangesAreKeyedByDisplayNameAndCurrentValuesRead() {
    Issue issue = issue(5, T0, CUSTOMER, "Open", "High", null);
    CustomField region = mock(CustomField.class);
    Option europe = mock(Option.class);
    when(europe.getValue()).thenReturn("Europe");
    when(issue.getCustomFieldValue(region)).thenReturn(europe);
    IssueHistory history =
        map(
            issue,
            List.of(group(T0.plusSeconds(10), AGENT, custom("Region", "Americas", "Europe"))),
            List.of(),
            Map.of("Region", region));

    assertThat(history.groups().get(0).items())
        .containsExactly(new IssueChange.FieldChange("Region", "Americas", "Europe"));
    assertThat(history.initialFields()).containsEntry("Region", "Americas");
  }

  @Test
  void commentsArePublicOrInternalByTheirVisibility() {
    Issue issue = issue(6, T0, CUSTOMER, "Open", "High", AGENT);
    IssueHistory history =
        map(
            issue,
            List.of(),
            List.of(
                comment(T0.plusSeconds(60), CUSTOMER, null, null),
                comment(T0.plusSeconds(120), AGENT, null, 10002L),
                comment(T0.plusSeconds(180), AGENT, "jira-servicedesk-users", null),
                comment(T0.plusSeconds(240), AGENT, null, null)));

    assertThat(history.groups())
        .extracting(g -> g.items().get(0))
        .containsExactly(
            new IssueChange.CommentAdded(new UserRef("JIRAUSER10100", "Carla Customer"), false),
            new IssueChange.CommentAdded(new UserRef("JIRAUSER10200", "Aaron Agent"), true),
            new IssueChange.CommentAdded(new UserRef("JIRAUSER10200", "Aaron Agent"), true),
            new IssueChange.CommentAdded(new UserRef("JIRAUSER10200", "Aaron Agent"), false));
  }

  @Test
  void aMoveBecomesProjectKeysAndAMovedItem() {
    Issue issue = issue(7, T0, CUSTOMER, "Open", "High", null);
    IssueHistory history =
        map(
            issue,
            List.of(
                group(
                    T0.plusSeconds(60),
                    AGENT,
                    item("project", "10000", "Help Desk", "10001", "Service Desk"),
                    item("Key", null, "HD-3", null, "SD-7"))),
            List.of());

    assertThat(history.groups().get(0).items())
        .containsExactly(
            new IssueChange.FieldChange("project", "HD", "SD"),
            new IssueChange.FieldChange("Key", "HD-3", "SD-7"),
            new IssueChange.Moved("HD", "SD"));
    assertThat(history.initialFields()).containsEntry(FieldNames.PROJECT, "HD");
  }

  @Test
  void anonymousChangesAndEmptyItemsAreTolerated() {
    Issue issue = issue(8, T0, CUSTOMER, "Open", "High", null);
    IssueHistory history =
        map(
            issue,
            List.of(
                group(T0.plusSeconds(5), null, item("status", "1", "Open", "1", "Open")),
                group(T0.plusSeconds(6), null, item("description", null, null, null, null))),
            List.of());

    assertThat(history.groups()).hasSize(1);
    assertThat(history.groups().get(0).author()).isEqualTo(UserRef.UNKNOWN);
  }
}

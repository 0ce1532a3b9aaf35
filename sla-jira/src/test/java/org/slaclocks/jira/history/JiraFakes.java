package org.slaclocks.jira.history;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.changehistory.ChangeHistory;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.issue.history.ChangeItemBean;
import com.atlassian.jira.issue.priority.Priority;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

/** Mockito fakes of the Jira types the history mapping reads. */
final class JiraFakes {
  /** The ids of the statuses the fakes use, as a Jira instance numbers them. */
  static final Map<String, String> STATUS_IDS =
      Map.of(
          "Open", "1",
          "In Progress", "3",
          "Resolved", "5",
          "Waiting for customer", "10001",
          "Waiting on customer", "10001");

  private JiraFakes() {}

  static ApplicationUser user(String key, String name) {
    ApplicationUser user = mock(ApplicationUser.class);
    when(user.getKey()).thenReturn(key);
    when(user.getUsername()).thenReturn(key);
    when(user.getDisplayName()).thenReturn(name);
    return user;
  }

  /** A system field item: users by key in from/to, other fields by their display strings. */
  static ChangeItemBean item(
      String field, String from, String fromString, String to, String toString) {
    return item(ChangeItemBean.STATIC_FIELD, field, from, fromString, to, toString);
  }

  static ChangeItemBean custom(String field, String fromString, String toString) {
    return item(ChangeItemBean.CUSTOM_FIELD, field, null, fromString, null, toString);
  }

  private static ChangeItemBean item(
      String type, String field, String from, String fromString, String to, String toString) {
    ChangeItemBean item = mock(ChangeItemBean.class);
    when(item.getFieldType()).thenReturn(type);
    when(item.getField()).thenReturn(field);
    when(item.getFrom()).thenReturn(from);
    when(item.getFromString()).thenReturn(fromString);
    when(item.getTo()).thenReturn(to);
    when(item.getToString()).thenReturn(toString);
    return item;
  }

  static ChangeHistory group(Instant at, ApplicationUser author, ChangeItemBean... items) {
    ChangeHistory group = mock(ChangeHistory.class);
    when(group.getTimePerformed()).thenReturn(Timestamp.from(at));
    when(group.getAuthorObject()).thenReturn(author);
    when(group.getChangeItemBeans()).thenReturn(List.of(items));
    return group;
  }

  static Comment comment(Instant at, ApplicationUser author, String groupLevel, Long roleLevel) {
    Comment comment = mock(Comment.class);
    when(comment.getCreated()).thenReturn(Date.from(at));
    when(comment.getAuthorApplicationUser()).thenReturn(author);
    when(comment.getGroupLevel()).thenReturn(groupLevel);
    when(comment.getRoleLevelId()).thenReturn(roleLevel);
    return comment;
  }

  /** An issue of project {@code SD} with its current status, priority, reporter and assignee. */
  static Issue issue(
      long id,
      Instant created,
      ApplicationUser reporter,
      String status,
      String priority,
      ApplicationUser assignee) {
    Issue issue = mock(Issue.class);
    when(issue.getId()).thenReturn(id);
    when(issue.getKey()).thenReturn("SD-" + id);
    when(issue.getCreated()).thenReturn(Timestamp.from(created));
    when(issue.getReporter()).thenReturn(reporter);
    when(issue.getCreator()).thenReturn(reporter);
    when(issue.getAssignee()).thenReturn(assignee);
    Project project = mock(Project.class);
    when(project.getKey()).thenReturn("SD");
    when(issue.getProjectObject()).thenReturn(project);
    Status s = mock(Status.class);
    when(s.getId()).thenReturn(STATUS_IDS.get(status));
    when(s.getName()).thenReturn(status);
    when(issue.getStatus()).thenReturn(s);
    if (priority != null) {
      Priority p = mock(Priority.class);
      when(p.getName()).thenReturn(priority);
      when(issue.getPriority()).thenReturn(p);
    }
    return issue;
  }
}

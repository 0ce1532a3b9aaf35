package org.slaclocks.jira.history;

import com.atlassian.jira.bc.project.component.ProjectComponent;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.changehistory.ChangeHistory;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.history.ChangeItemBean;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.label.Label;
import com.atlassian.jira.issue.priority.Priority;
import com.atlassian.jira.issue.resolution.Resolution;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.project.version.Version;
import com.atlassian.jira.user.ApplicationUser;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.slaclocks.history.ChangeItem;
import org.slaclocks.history.ChangeItemGroup;
import org.slaclocks.history.CurrentFields;
import org.slaclocks.history.IssueComment;
import org.slaclocks.history.IssueHistory;
import org.slaclocks.history.IssueRecord;
import org.slaclocks.history.UserRef;

/**
 * One Jira issue, its change groups and its comments as an {@link IssueHistory}. Pure: it reads
 * only the objects it is given, so it is tested with fakes of the Jira types. It only translates
 * Jira's types into the core's {@link IssueRecord}, whose mapping the offline import shares: users
 * by key, statuses, priorities, resolutions and issue types by id and name, custom fields by
 * display name.
 */
public final class JiraHistoryMapper {
  private JiraHistoryMapper() {}

  /**
   * @param customFields the custom fields whose current values are read, by display name (those the
   *     configuration names and those the change items name)
   * @param fieldValue how a custom field's current value is read ({@code
   *     issue.getCustomFieldValue}, wrapped for tests)
   */
  public static IssueHistory map(
      Issue issue,
      List<ChangeHistory> changes,
      List<Comment> comments,
      Map<String, CustomField> customFields,
      Function<CustomField, Object> fieldValue) {
    List<ChangeItemGroup> groups = new ArrayList<>(changes.size());
    for (ChangeHistory change : changes) {
      groups.add(
          new ChangeItemGroup(
              instant(change.getTimePerformed()),
              user(change.getAuthorObject()),
              items(change.getChangeItemBeans())));
    }
    List<IssueComment> read = new ArrayList<>(comments.size());
    for (Comment comment : comments) {
      read.add(
          new IssueComment(
              instant(comment.getCreated()),
              user(comment.getAuthorApplicationUser()),
              comment.getGroupLevel() != null || comment.getRoleLevelId() != null));
    }
    ApplicationUser creator = issue.getCreator() != null ? issue.getCreator() : issue.getReporter();
    return new IssueRecord(
            issue.getId(),
            issue.getKey(),
            instant(issue.getCreated()),
            user(creator),
            currentFields(issue, customFields, fieldValue),
            groups,
            read)
        .toHistory();
  }

  private static List<ChangeItem> items(List<ChangeItemBean> beans) {
    List<ChangeItem> items = new ArrayList<>(beans.size());
    for (ChangeItemBean bean : beans) {
      if (bean.getField() != null) {
        items.add(
            new ChangeItem(
                bean.getField(),
                bean.getFieldType(),
                bean.getFrom(),
                bean.getFromString(),
                bean.getTo(),
                bean.getToString()));
      }
    }
    return items;
  }

  /** The fields the engine reads, as they are now. */
  static CurrentFields currentFields(
      Issue issue,
      Map<String, CustomField> customFields,
      Function<CustomField, Object> fieldValue) {
    IssueType type = issue.getIssueType();
    Status status = issue.getStatus();
    Priority priority = issue.getPriority();
    Resolution resolution = issue.getResolution();
    CurrentFields.Builder current =
        CurrentFields.builder()
            .project(issue.getProjectObject() == null ? null : issue.getProjectObject().getKey())
            .issueType(type == null ? null : type.getId(), type == null ? null : type.getName())
            .status(
                status == null ? null : status.getId(), status == null ? null : status.getName())
            .priority(
                priority == null ? null : priority.getId(),
                priority == null ? null : priority.getName())
            .resolution(
                resolution == null ? null : resolution.getId(),
                resolution == null ? null : resolution.getName())
            .assignee(key(issue.getAssignee()))
            .reporter(key(issue.getReporter()))
            .labels(names(issue.getLabels(), Label::getLabel))
            .components(names(issue.getComponents(), ProjectComponent::getName))
            .fixVersions(names(issue.getFixVersions(), Version::getName));
    customFields.forEach(
        (name, field) -> current.custom(name, FieldValues.text(fieldValue.apply(field))));
    return current.build();
  }

  private static <T> List<String> names(Collection<T> values, Function<T, String> name) {
    List<String> names = new ArrayList<>();
    if (values != null) {
      values.forEach(value -> names.add(name.apply(value)));
    }
    return names;
  }

  static UserRef user(ApplicationUser user) {
    return user == null || user.getKey() == null
        ? UserRef.UNKNOWN
        : new UserRef(user.getKey(), user.getDisplayName());
  }

  private static String key(ApplicationUser user) {
    return user == null ? null : user.getKey();
  }

  private static Instant instant(java.util.Date date) {
    if (date == null) {
      throw new IllegalArgumentException("Jira gave a change without its instant");
    }
    return Instant.ofEpochMilli(date.getTime());
  }
}

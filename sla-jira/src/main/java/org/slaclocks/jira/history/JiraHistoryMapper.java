package org.slaclocks.jira.history;

import com.atlassian.jira.bc.project.component.ProjectComponent;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.changehistory.ChangeHistory;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.history.ChangeItemBean;
import com.atlassian.jira.issue.label.Label;
import com.atlassian.jira.project.version.Version;
import com.atlassian.jira.user.ApplicationUser;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.slaclocks.history.ChangeGroup;
import org.slaclocks.history.FieldNames;
import org.slaclocks.history.InitialFields;
import org.slaclocks.history.IssueChange;
import org.slaclocks.history.IssueHistory;
import org.slaclocks.history.UserRef;

/**
 * One Jira issue, its change groups and its comments as an {@link IssueHistory}. Pure: it reads
 * only the objects it is given, so it is tested with fakes of the Jira types.
 *
 * <p>Values are the names users see (status "Waiting for customer", priority "High"), as in the
 * offline import, except for users: {@code assignee} and {@code reporter} hold the user key, which
 * change items carry in their {@code from}/{@code to}. Custom fields are keyed by display name.
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
    List<ChangeGroup> groups = new ArrayList<>();
    for (ChangeHistory change : changes) {
      List<IssueChange> items = items(change.getChangeItemBeans());
      if (!items.isEmpty()) {
        groups.add(
            new ChangeGroup(
                instant(change.getTimePerformed()), user(change.getAuthorObject()), items));
      }
    }
    Map<String, String> current = currentFields(issue, customFields, fieldValue);
    Map<String, String> initial = InitialFields.reconstruct(current, groups);
    for (Comment comment : comments) {
      UserRef author = user(comment.getAuthorApplicationUser());
      boolean restricted = comment.getGroupLevel() != null || comment.getRoleLevelId() != null;
      groups.add(
          ChangeGroup.of(
              instant(comment.getCreated()),
              author,
              new IssueChange.CommentAdded(author, restricted)));
    }
    ApplicationUser creator = issue.getCreator() != null ? issue.getCreator() : issue.getReporter();
    return new IssueHistory(
        issue.getId(), issue.getKey(), instant(issue.getCreated()), user(creator), initial, groups);
  }

  /** A change group's items; a move shows as project and key items, and becomes a Moved too. */
  static List<IssueChange> items(List<ChangeItemBean> beans) {
    List<IssueChange> items = new ArrayList<>();
    String keyFrom = null;
    String keyTo = null;
    int projectIndex = -1;
    for (ChangeItemBean bean : beans) {
      String field = bean.getField();
      if (field == null) {
        continue;
      }
      boolean custom = ChangeItemBean.CUSTOM_FIELD.equalsIgnoreCase(bean.getFieldType());
      String canonical = custom ? field : FieldNames.canonical(field);
      boolean userField =
          !custom
              && (canonical.equals(FieldNames.ASSIGNEE) || canonical.equals(FieldNames.REPORTER));
      String from = blankToNull(userField ? bean.getFrom() : bean.getFromString());
      String to = blankToNull(userField ? bean.getTo() : bean.getToString());
      if (from == null && to == null) {
        continue;
      }
      if (!custom && field.equalsIgnoreCase("key")) {
        keyFrom = from;
        keyTo = to;
      } else if (!custom && canonical.equals(FieldNames.PROJECT)) {
        projectIndex = items.size();
      }
      items.add(new IssueChange.FieldChange(canonical, from, to));
    }
    String fromProject = projectOf(keyFrom);
    String toProject = projectOf(keyTo);
    if (projectIndex >= 0) {
      if (fromProject != null && toProject != null) {
        // Jira names projects in change items; the issue's fields give them by key.
        items.set(
            projectIndex, new IssueChange.FieldChange(FieldNames.PROJECT, fromProject, toProject));
      } else {
        IssueChange.FieldChange project = (IssueChange.FieldChange) items.get(projectIndex);
        fromProject = project.from();
        toProject = project.to();
      }
    }
    if (toProject != null && !toProject.equals(fromProject)) {
      items.add(new IssueChange.Moved(fromProject, toProject));
    }
    return items;
  }

  /** The fields the engine reads, as they are now; null for an empty one. */
  static Map<String, String> currentFields(
      Issue issue,
      Map<String, CustomField> customFields,
      Function<CustomField, Object> fieldValue) {
    Map<String, String> current = new LinkedHashMap<>();
    current.put(
        FieldNames.PROJECT,
        issue.getProjectObject() == null ? null : issue.getProjectObject().getKey());
    current.put(
        FieldNames.ISSUE_TYPE,
        issue.getIssueType() == null ? null : issue.getIssueType().getName());
    current.put(FieldNames.STATUS, issue.getStatus() == null ? null : issue.getStatus().getName());
    current.put(
        FieldNames.PRIORITY, issue.getPriority() == null ? null : issue.getPriority().getName());
    current.put(
        FieldNames.RESOLUTION,
        issue.getResolution() == null ? null : issue.getResolution().getName());
    current.put(FieldNames.ASSIGNEE, key(issue.getAssignee()));
    current.put(FieldNames.REPORTER, key(issue.getReporter()));
    current.put(FieldNames.LABELS, labels(issue.getLabels()));
    current.put(FieldNames.COMPONENTS, components(issue.getComponents()));
    current.put(FieldNames.FIX_VERSIONS, versions(issue.getFixVersions()));
    customFields.forEach(
        (name, field) -> current.put(name, FieldValues.text(fieldValue.apply(field))));
    return current;
  }

  private static String labels(Set<Label> labels) {
    if (labels == null || labels.isEmpty()) {
      return null;
    }
    List<String> names = new ArrayList<>();
    labels.forEach(label -> names.add(label.getLabel()));
    return String.join(" ", names);
  }

  private static String components(Collection<ProjectComponent> components) {
    if (components == null || components.isEmpty()) {
      return null;
    }
    List<String> names = new ArrayList<>();
    components.forEach(component -> names.add(component.getName()));
    return String.join(",", names);
  }

  private static String versions(Collection<Version> versions) {
    if (versions == null || versions.isEmpty()) {
      return null;
    }
    List<String> names = new ArrayList<>();
    versions.forEach(version -> names.add(version.getName()));
    return String.join(",", names);
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

  private static String blankToNull(String value) {
    return value == null || value.isEmpty() ? null : value;
  }

  /** The project key of an issue key ({@code ABC-12 -> ABC}), or null. */
  static String projectOf(String issueKey) {
    if (issueKey == null) {
      return null;
    }
    int dash = issueKey.lastIndexOf('-');
    return dash > 0 ? issueKey.substring(0, dash) : null;
  }
}

package org.slaclocks.jira.history;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.changehistory.ChangeHistory;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.history.ChangeItemBean;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slaclocks.history.IssueHistory;
import org.slaclocks.jira.tracking.IssueHistories;
import org.slaclocks.policy.SlaConfiguration;

/** Reads an issue's history from Jira's managers (change groups, comments, current fields). */
public final class JiraIssueHistories implements IssueHistories {
  private final IssueManager issues;
  private final ChangeHistoryManager changeHistories;
  private final CommentManager comments;
  private final CustomFieldManager customFields;

  public JiraIssueHistories(
      IssueManager issues,
      ChangeHistoryManager changeHistories,
      CommentManager comments,
      CustomFieldManager customFields) {
    this.issues = issues;
    this.changeHistories = changeHistories;
    this.comments = comments;
    this.customFields = customFields;
  }

  @Override
  public Optional<IssueHistory> read(long issueId, SlaConfiguration config) {
    Issue issue = issues.getIssueObject(issueId);
    if (issue == null) {
      return Optional.empty();
    }
    List<ChangeHistory> changes = changeHistories.getChangeHistories(issue);
    Map<String, CustomField> fields = new LinkedHashMap<>();
    config
        .customFieldIds()
        .forEach(
            (name, id) -> {
              CustomField field = customFields.getCustomFieldObject(id);
              if (field != null) {
                fields.put(name, field);
              }
            });
    for (ChangeHistory change : changes) {
      for (ChangeItemBean item : change.getChangeItemBeans()) {
        String name = item.getField();
        if (ChangeItemBean.CUSTOM_FIELD.equalsIgnoreCase(item.getFieldType())
            && name != null
            && !fields.containsKey(name)) {
          Collection<CustomField> named = customFields.getCustomFieldObjectsByName(name);
          if (named != null && named.size() == 1) {
            fields.put(name, named.iterator().next());
          }
        }
      }
    }
    return Optional.of(
        JiraHistoryMapper.map(
            issue, changes, comments.getComments(issue), fields, issue::getCustomFieldValue));
  }
}

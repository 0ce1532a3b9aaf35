// Source: mailru/jira-plugins-mrimsender@12bdf7f (Jira 9.4.1) UserMentionService.java:50; every
// member: docs/jira-api-references.md. Only Jira <= 8 sources show: kind.
package com.atlassian.jira.issue.changehistory;

import com.atlassian.jira.issue.Issue;
import java.util.List;

/** An issue's change groups. */
public interface ChangeHistoryManager {
  /** The change groups of the issue, oldest first. */
  List<ChangeHistory> getChangeHistories(Issue issue);
}

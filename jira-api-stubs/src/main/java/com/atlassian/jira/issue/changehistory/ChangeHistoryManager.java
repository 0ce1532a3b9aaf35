// Source:
// https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/changehistory/ChangeHistoryManager.html (interface; List<ChangeHistory> getChangeHistories(Issue))
package com.atlassian.jira.issue.changehistory;

import com.atlassian.jira.issue.Issue;
import java.util.List;

/** An issue's change groups. */
public interface ChangeHistoryManager {
  /** The change groups of the issue, oldest first. */
  List<ChangeHistory> getChangeHistories(Issue issue);
}

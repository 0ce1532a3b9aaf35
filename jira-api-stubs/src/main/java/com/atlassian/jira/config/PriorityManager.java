// Source: codescape/jira-multiple-subtasks@f003e74 (Jira 10.3.0)
// SubtasksCreationService.java:102,211
// (@ComponentImport PriorityManager; priorityManager.getPriorities().stream()); declaration: Jira
// 7.6
// javadoc docs.atlassian.com/jira/7.6.0-EAP01/com/atlassian/jira/config/PriorityManager.html
// (List<Priority> getPriorities()). Every member: docs/jira-api-references.md.
package com.atlassian.jira.config;

import com.atlassian.jira.issue.priority.Priority;
import java.util.List;

/** The priorities of this Jira. */
public interface PriorityManager {
  List<Priority> getPriorities();
}

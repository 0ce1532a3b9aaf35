// Source: atlassian-labs/atlassian-slack-integration-server@d669438 (Jira 10.0.0)
// ComponentImports.java:82; every member: docs/jira-api-references.md. Only Jira <= 8 sources show:
// getComments, kind.
package com.atlassian.jira.issue.comments;

import com.atlassian.jira.issue.Issue;
import java.util.List;

/** Reads comments. */
public interface CommentManager {
  /** All comments of the issue, whatever their visibility, oldest first. */
  List<Comment> getComments(Issue issue);
}

// Source: atlassian-labs/atlassian-slack-integration-server@d669438 (Jira 10.0.0)
// ComponentImports.java:82; every member: docs/jira-api-references.md. Only Jira <= 8 sources show:
// getComments, create, kind.
package com.atlassian.jira.issue.comments;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.json.JSONObject;
import java.util.Date;
import java.util.List;
import java.util.Map;

/** Reads comments. */
public interface CommentManager {
  /** All comments of the issue, whatever their visibility, oldest first. */
  List<Comment> getComments(Issue issue);

  /**
   * Adds a comment (no permission check: the caller checks). {@code groupLevel} / {@code
   * roleLevelId} restrict who sees it (null: everyone who can browse); {@code commentProperties}
   * are stored with it (Jira Service Management reads {@code sd.public.comment}).
   */
  Comment create(
      Issue issue,
      ApplicationUser author,
      String body,
      String groupLevel,
      Long roleLevelId,
      Date created,
      Map<String, JSONObject> commentProperties,
      boolean dispatchEvent);
}

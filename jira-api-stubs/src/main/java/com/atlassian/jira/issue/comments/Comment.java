// Source: atlassian-labs/atlassian-slack-integration-server@d669438 (Jira 10.0.0)
// CommentUtil.java:12; every member: docs/jira-api-references.md. Only Jira <= 8 sources show:
// kind.
package com.atlassian.jira.issue.comments;

import com.atlassian.jira.user.ApplicationUser;
import java.util.Date;

/** A comment; a group level or a role level restricts who sees it. */
public interface Comment {
  Long getId();

  String getBody();

  Date getCreated();

  ApplicationUser getAuthorApplicationUser();

  String getGroupLevel();

  Long getRoleLevelId();
}

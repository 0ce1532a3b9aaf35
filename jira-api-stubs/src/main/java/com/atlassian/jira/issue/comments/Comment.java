// Source:
// https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/issue/comments/MutableComment.html
// (Comment interface members: getAuthorApplicationUser, getCreated, getGroupLevel, getRoleLevelId,
// getId)
package com.atlassian.jira.issue.comments;

import com.atlassian.jira.user.ApplicationUser;
import java.util.Date;

/** A comment; a group level or a role level restricts who sees it. */
public interface Comment {
  Long getId();

  Date getCreated();

  ApplicationUser getAuthorApplicationUser();

  String getGroupLevel();

  Long getRoleLevelId();
}

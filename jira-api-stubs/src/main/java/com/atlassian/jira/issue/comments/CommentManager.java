// Source:
// https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/comments/CommentManager.html
// (interface; List<Comment> getComments(Issue))
package com.atlassian.jira.issue.comments;

import com.atlassian.jira.issue.Issue;
import java.util.List;

/** Reads comments. */
public interface CommentManager {
  /** All comments of the issue, whatever their visibility, oldest first. */
  List<Comment> getComments(Issue issue);
}

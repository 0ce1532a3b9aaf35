package org.slaclocks.policy;

import java.time.Instant;
import java.util.List;
import org.slaclocks.history.IssueChange;
import org.slaclocks.history.IssueState;
import org.slaclocks.history.UserRef;

/**
 * One change group as the conditions see it: the issue's state before and after all of the group's
 * items, the comments it added, and who counts as an agent.
 *
 * @param creation true for the synthetic group of the issue's creation ({@code before} is empty)
 */
public record ChangeContext(
    Instant at,
    UserRef author,
    IssueState before,
    IssueState after,
    List<IssueChange.CommentAdded> comments,
    boolean creation,
    UserDirectory directory) {
  public ChangeContext {
    comments = List.copyOf(comments);
  }

  public boolean isAgent(UserRef user) {
    return directory.isAgent(user.id(), after);
  }
}

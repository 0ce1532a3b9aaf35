package org.slaclocks.policy;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.slaclocks.history.FieldNames;
import org.slaclocks.history.IssueChange;
import org.slaclocks.history.IssueState;

/**
 * A start or stop condition: an event in one change group. {@link #fire} compares the issue's state
 * before and after the group (so the order of items inside a group does not matter) and returns the
 * cause shown to people, or null when the condition does not fire.
 *
 * <p>At creation the state before is empty, and only {@code created}, {@code entered status} and
 * {@code assigned to group} can fire.
 */
public sealed interface Trigger {
  /** The cause ("entered status Waiting for support"), or null when this group does not fire. */
  String fire(ChangeContext change);

  /** The condition as the policy file names it ({@code entered-status}). */
  String key();

  record Created() implements Trigger {
    @Override
    public String fire(ChangeContext c) {
      return c.creation() ? "issue created" : null;
    }

    @Override
    public String key() {
      return "created";
    }
  }

  record EnteredStatus(Set<String> statuses) implements Trigger {
    public EnteredStatus {
      statuses = Set.copyOf(statuses);
    }

    @Override
    public String fire(ChangeContext c) {
      String after = c.after().get(FieldNames.STATUS);
      String before = c.before().get(FieldNames.STATUS);
      return after != null && statuses.contains(after) && !after.equals(before)
          ? "entered status " + after
          : null;
    }

    @Override
    public String key() {
      return "entered-status";
    }
  }

  record LeftStatus(Set<String> statuses) implements Trigger {
    public LeftStatus {
      statuses = Set.copyOf(statuses);
    }

    @Override
    public String fire(ChangeContext c) {
      String after = c.after().get(FieldNames.STATUS);
      String before = c.before().get(FieldNames.STATUS);
      return !c.creation() && before != null && statuses.contains(before) && !before.equals(after)
          ? "left status " + before + (after == null ? "" : " for " + after)
          : null;
    }

    @Override
    public String key() {
      return "left-status";
    }
  }

  record AssigneeSet() implements Trigger {
    @Override
    public String fire(ChangeContext c) {
      return !c.creation()
              && !c.before().has(FieldNames.ASSIGNEE)
              && c.after().has(FieldNames.ASSIGNEE)
          ? "assigned to " + c.after().get(FieldNames.ASSIGNEE)
          : null;
    }

    @Override
    public String key() {
      return "assignee-set";
    }
  }

  record AssigneeChanged() implements Trigger {
    @Override
    public String fire(ChangeContext c) {
      String before = c.before().get(FieldNames.ASSIGNEE);
      String after = c.after().get(FieldNames.ASSIGNEE);
      return !c.creation() && before != null && after != null && !before.equals(after)
          ? "reassigned from " + before + " to " + after
          : null;
    }

    @Override
    public String key() {
      return "assignee-changed";
    }
  }

  record AssigneeCleared() implements Trigger {
    @Override
    public String fire(ChangeContext c) {
      return !c.creation()
              && c.before().has(FieldNames.ASSIGNEE)
              && !c.after().has(FieldNames.ASSIGNEE)
          ? "unassigned from " + c.before().get(FieldNames.ASSIGNEE)
          : null;
    }

    @Override
    public String key() {
      return "assignee-cleared";
    }
  }

  /** The assignee became a member of {@code group} (from nobody or from a non-member). */
  record AssignedToGroup(String group) implements Trigger {
    public AssignedToGroup {
      Objects.requireNonNull(group, "group");
    }

    @Override
    public String fire(ChangeContext c) {
      boolean before = inGroup(c, c.before(), group);
      boolean after = inGroup(c, c.after(), group);
      return after && !before
          ? "assigned to " + c.after().get(FieldNames.ASSIGNEE) + " of " + group
          : null;
    }

    @Override
    public String key() {
      return "assigned-to-group";
    }
  }

  /** The assignee stopped being a member of {@code group}. */
  record UnassignedFromGroup(String group) implements Trigger {
    public UnassignedFromGroup {
      Objects.requireNonNull(group, "group");
    }

    @Override
    public String fire(ChangeContext c) {
      boolean before = inGroup(c, c.before(), group);
      boolean after = inGroup(c, c.after(), group);
      return before && !after && !c.creation() ? "no longer assigned to " + group : null;
    }

    @Override
    public String key() {
      return "unassigned-from-group";
    }
  }

  record ResolutionSet() implements Trigger {
    @Override
    public String fire(ChangeContext c) {
      return !c.creation()
              && !c.before().has(FieldNames.RESOLUTION)
              && c.after().has(FieldNames.RESOLUTION)
          ? "resolution set to " + c.after().get(FieldNames.RESOLUTION)
          : null;
    }

    @Override
    public String key() {
      return "resolution-set";
    }
  }

  record ResolutionCleared() implements Trigger {
    @Override
    public String fire(ChangeContext c) {
      return !c.creation()
              && c.before().has(FieldNames.RESOLUTION)
              && !c.after().has(FieldNames.RESOLUTION)
          ? "resolution " + c.before().get(FieldNames.RESOLUTION) + " cleared"
          : null;
    }

    @Override
    public String key() {
      return "resolution-cleared";
    }
  }

  /** Any comment by a non-agent, whatever its visibility. */
  record CommentByCustomer() implements Trigger {
    @Override
    public String fire(ChangeContext c) {
      for (IssueChange.CommentAdded comment : c.comments()) {
        if (!c.isAgent(comment.author())) {
          return "comment by customer " + comment.author().displayName();
        }
      }
      return null;
    }

    @Override
    public String key() {
      return "comment-by-customer";
    }
  }

  /** A public (unrestricted) comment by an agent; an agent's restricted comment is internal. */
  record CommentForCustomer() implements Trigger {
    @Override
    public String fire(ChangeContext c) {
      for (IssueChange.CommentAdded comment : c.comments()) {
        if (!comment.restricted() && c.isAgent(comment.author())) {
          return "reply to customer by " + comment.author().displayName();
        }
      }
      return null;
    }

    @Override
    public String key() {
      return "comment-for-customer";
    }
  }

  record PriorityChanged() implements Trigger {
    @Override
    public String fire(ChangeContext c) {
      String before = c.before().get(FieldNames.PRIORITY);
      String after = c.after().get(FieldNames.PRIORITY);
      return !c.creation() && !Objects.equals(before, after)
          ? "priority changed from " + before + " to " + after
          : null;
    }

    @Override
    public String key() {
      return "priority-changed";
    }
  }

  /** A field changed; with {@code value}, only a change that gives the field that value. */
  record FieldChanged(String field, String value) implements Trigger {
    public FieldChanged {
      field = FieldNames.canonical(Objects.requireNonNull(field, "field"));
    }

    @Override
    public String fire(ChangeContext c) {
      Set<String> before = c.before().all(field);
      Set<String> after = c.after().all(field);
      if (c.creation() || before.equals(after)) {
        return null;
      }
      if (value == null) {
        return field
            + " changed to "
            + (after.isEmpty() ? "nothing" : String.join(", ", new TreeSet<>(after)));
      }
      return after.contains(value) && !before.contains(value) ? field + " set to " + value : null;
    }

    @Override
    public String key() {
      return "field-changed";
    }
  }

  private static boolean inGroup(ChangeContext c, IssueState state, String group) {
    String assignee = state.get(FieldNames.ASSIGNEE);
    return assignee != null && c.directory().isMember(assignee, group);
  }
}

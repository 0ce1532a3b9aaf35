package org.slaclocks.history;

import java.util.Objects;

/**
 * One item of an issue's history, as the clock engine reads it. Items come in {@link ChangeGroup}s:
 * one group is one Jira transaction (a transition that sets status and resolution together).
 */
public sealed interface IssueChange {

  /**
   * A field changed from one value to another; {@code null} means empty. Field names are the
   * canonical ones of {@link FieldNames} for system fields, the display name for custom fields
   * ({@code "Region"}). For the user fields ({@code assignee}, {@code reporter}) values are user
   * ids (see {@link UserRef#id()}); statuses, priorities, resolutions and issue types are by the
   * name their Jira id has now (see {@link IssueRecord}). For multi-valued fields ({@link
   * FieldNames#isMultiValued}), Jira records one value added ({@code from == null}) or removed
   * ({@code to == null}) per item, except {@code labels}, whose values are the whole
   * space-separated set.
   */
  record FieldChange(String field, String from, String to) implements IssueChange {
    public FieldChange {
      Objects.requireNonNull(field, "field");
      field = FieldNames.canonical(field);
    }
  }

  /**
   * A comment was added. {@code restricted} is true when it has a visibility restriction (a role or
   * group): such a comment is internal, never "for the customer".
   */
  record CommentAdded(UserRef author, boolean restricted) implements IssueChange {
    public CommentAdded {
      Objects.requireNonNull(author, "author");
    }
  }

  /** The issue was moved to another project (and usually got a new key). */
  record Moved(String fromProject, String toProject) implements IssueChange {
    public Moved {
      Objects.requireNonNull(toProject, "toProject");
    }
  }

  /** The issue was deleted: it has no clocks any more. */
  record Deleted() implements IssueChange {}
}

package org.slaclocks.policy;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.slaclocks.history.FieldNames;
import org.slaclocks.history.IssueState;

/**
 * A state in which an open cycle does not count, for as long as it holds. {@link #holds} returns
 * the cause shown to people ("status Waiting for customer"), or null when it does not hold.
 */
public sealed interface PauseCondition {
  String holds(IssueState issue);

  String key();

  record StatusIn(Set<String> statuses) implements PauseCondition {
    public StatusIn {
      statuses = Set.copyOf(statuses);
    }

    @Override
    public String holds(IssueState issue) {
      String status = issue.get(FieldNames.STATUS);
      return status != null && statuses.contains(status) ? "status " + status : null;
    }

    @Override
    public String key() {
      return "status";
    }
  }

  record AssigneeEmpty() implements PauseCondition {
    @Override
    public String holds(IssueState issue) {
      return issue.has(FieldNames.ASSIGNEE) ? null : "unassigned";
    }

    @Override
    public String key() {
      return "assignee-empty";
    }
  }

  record ResolutionSet() implements PauseCondition {
    @Override
    public String holds(IssueState issue) {
      return issue.has(FieldNames.RESOLUTION)
          ? "resolution " + issue.get(FieldNames.RESOLUTION)
          : null;
    }

    @Override
    public String key() {
      return "resolution-set";
    }
  }

  /** The field has a value; with {@code values}, one of those values. */
  record FieldHasValue(String field, Set<String> values) implements PauseCondition {
    public FieldHasValue {
      field = FieldNames.canonical(Objects.requireNonNull(field, "field"));
      values = Set.copyOf(values);
    }

    @Override
    public String holds(IssueState issue) {
      Set<String> actual = issue.all(field);
      if (actual.isEmpty()) {
        return null;
      }
      if (!values.isEmpty() && actual.stream().noneMatch(values::contains)) {
        return null;
      }
      return field + " " + String.join(", ", new TreeSet<>(actual));
    }

    @Override
    public String key() {
      return "field-has-value";
    }
  }
}

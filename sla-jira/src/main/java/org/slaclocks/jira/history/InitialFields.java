package org.slaclocks.jira.history;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.slaclocks.history.ChangeGroup;
import org.slaclocks.history.FieldNames;
import org.slaclocks.history.IssueChange;

/**
 * The fields an issue had when it was created, found from its current fields by undoing its change
 * items, newest first: the rule the offline import uses, so that the app and {@code sla replay}
 * give an issue the same clocks. A single-valued field takes the {@code from} of its first change;
 * a multi-valued one (components, fix versions) undoes each added or removed value.
 */
final class InitialFields {
  private InitialFields() {}

  static Map<String, String> reconstruct(Map<String, String> current, List<ChangeGroup> groups) {
    Map<String, List<IssueChange.FieldChange>> byField = new HashMap<>();
    for (ChangeGroup group : groups) {
      for (IssueChange item : group.items()) {
        if (item instanceof IssueChange.FieldChange change) {
          byField.computeIfAbsent(change.field(), f -> new ArrayList<>()).add(change);
        }
      }
    }
    Map<String, String> values = new HashMap<>(current);
    byField.forEach(
        (field, changes) ->
            values.put(
                field,
                FieldNames.isMultiValued(field)
                    ? undo(values.get(field), changes)
                    : changes.get(0).from()));
    Map<String, String> initial = new TreeMap<>();
    values.forEach(
        (field, value) -> {
          if (value != null && !value.isEmpty()) {
            initial.put(field, value);
          }
        });
    return initial;
  }

  private static String undo(String current, List<IssueChange.FieldChange> changes) {
    Set<String> set = new LinkedHashSet<>();
    if (current != null) {
      Arrays.stream(current.split(","))
          .map(String::trim)
          .filter(s -> !s.isEmpty())
          .forEach(set::add);
    }
    for (int i = changes.size() - 1; i >= 0; i--) {
      IssueChange.FieldChange change = changes.get(i);
      if (change.to() != null) {
        set.remove(change.to());
      }
      if (change.from() != null) {
        set.add(change.from());
      }
    }
    return String.join(",", set);
  }
}

package org.slaclocks.history;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The fields of an issue when it was created, found by starting from its current fields and undoing
 * its change history, newest change first. A field nobody changed keeps its current value. {@link
 * IssueRecord#toHistory} is its one caller, for the Jira app and the offline import alike, so that
 * an issue gets the same clocks in both.
 */
final class InitialFields {
  private InitialFields() {}

  /**
   * @param current current value of each field (null when empty), by canonical name
   * @param groups the history in order, oldest first
   * @return the non-empty fields at creation, sorted by name: every field of {@code current} and
   *     every field the history changes, whether the current fields name it or not (the history
   *     says what it held before its first change)
   */
  static Map<String, String> reconstruct(Map<String, String> current, List<ChangeGroup> groups) {
    Map<String, String> values = new HashMap<>(current);
    Map<String, List<IssueChange.FieldChange>> changes = new HashMap<>();
    for (ChangeGroup group : groups) {
      for (IssueChange change : group.items()) {
        if (change instanceof IssueChange.FieldChange fc) {
          changes.computeIfAbsent(fc.field(), f -> new ArrayList<>()).add(fc);
        }
      }
    }
    changes.forEach(
        (field, list) -> {
          if (FieldNames.isMultiValued(field)) {
            values.put(field, undoAddsAndRemoves(values.get(field), list));
          } else {
            // Whatever happened in between, the first change says what the field held before it.
            values.put(field, list.get(0).from());
          }
        });
    Map<String, String> initial = new TreeMap<>();
    values.forEach(
        (field, value) -> {
          if (value != null && !value.isEmpty()) {
            initial.put(field, value);
          }
        });
    return initial;
  }

  /** Multi-valued items add one value ({@code from} null) or remove one ({@code to} null). */
  private static String undoAddsAndRemoves(String current, List<IssueChange.FieldChange> list) {
    Set<String> set = new LinkedHashSet<>();
    if (current != null) {
      Arrays.stream(current.split(","))
          .map(String::trim)
          .filter(s -> !s.isEmpty())
          .forEach(set::add);
    }
    for (int i = list.size() - 1; i >= 0; i--) {
      IssueChange.FieldChange change = list.get(i);
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

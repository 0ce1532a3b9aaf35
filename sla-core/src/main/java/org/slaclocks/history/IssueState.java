package org.slaclocks.history;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The values of an issue's fields at one moment. Single-valued fields hold one value or none;
 * multi-valued ones (labels, components, fix versions) a set. Immutable: {@link #apply} returns a
 * new state.
 *
 * <p>Every set iterates in sorted order: causes and other text built from a field's values must be
 * the same bytes on every node and JVM, and {@code Set.of}'s order is salted per JVM run.
 */
public final class IssueState {
  private final Map<String, Set<String>> values;

  private IssueState(Map<String, Set<String>> values) {
    this.values = values;
  }

  /**
   * A state from field values as an export gives them: labels space-separated, components and fix
   * versions comma-separated, other fields one value.
   */
  public static IssueState of(Map<String, String> fields) {
    Map<String, Set<String>> values = new HashMap<>();
    fields.forEach(
        (field, value) -> {
          String name = FieldNames.canonical(field);
          if (value != null && !value.isEmpty()) {
            put(values, name, split(name, value));
          }
        });
    return new IssueState(values);
  }

  /** The value of a single-valued field, or null when empty. */
  public String get(String field) {
    Set<String> v = values.get(FieldNames.canonical(field));
    return v == null || v.isEmpty() ? null : v.iterator().next();
  }

  /**
   * All values of a field (one for single-valued fields), in sorted order; empty when the field is
   * empty.
   */
  public Set<String> all(String field) {
    return values.getOrDefault(FieldNames.canonical(field), Set.of());
  }

  public boolean has(String field) {
    return !all(field).isEmpty();
  }

  /** The state after one field change. */
  public IssueState apply(IssueChange.FieldChange change) {
    String field = change.field();
    Map<String, Set<String>> next = new HashMap<>(values);
    if (FieldNames.isMultiValued(field)) {
      Set<String> set = new TreeSet<>(all(field));
      if (change.from() != null) {
        set.remove(change.from());
      }
      if (change.to() != null) {
        set.add(change.to());
      }
      put(next, field, set);
    } else if (change.to() == null || change.to().isEmpty()) {
      next.remove(field);
    } else {
      put(next, field, split(field, change.to()));
    }
    return new IssueState(next);
  }

  /** The state with one field set (a move sets the project). */
  public IssueState with(String field, String value) {
    return apply(new IssueChange.FieldChange(field, null, value));
  }

  /** One value is kept as {@code Set.of}; more as a sorted set, so that they iterate in order. */
  private static void put(Map<String, Set<String>> map, String field, Collection<String> set) {
    if (set.isEmpty()) {
      map.remove(field);
    } else if (set.size() == 1) {
      map.put(field, Set.of(set.iterator().next()));
    } else {
      map.put(field, Collections.unmodifiableSortedSet(new TreeSet<>(set)));
    }
  }

  private static Collection<String> split(String field, String value) {
    if (FieldNames.LABELS.equals(field)) {
      return Arrays.stream(value.trim().split("\\s+")).filter(s -> !s.isEmpty()).toList();
    }
    if (FieldNames.isMultiValued(field)) {
      return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
    return Set.of(value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IssueState other && values.equals(other.values);
  }

  @Override
  public int hashCode() {
    return Objects.hash(values);
  }

  @Override
  public String toString() {
    return "IssueState" + new java.util.TreeMap<>(values);
  }
}

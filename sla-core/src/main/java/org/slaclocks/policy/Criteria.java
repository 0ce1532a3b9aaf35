package org.slaclocks.policy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slaclocks.history.FieldNames;
import org.slaclocks.history.IssueState;

/**
 * A conjunction of "field is one of these values" tests on an issue's state, used by scopes and
 * goal rows ({@code priority in {Highest, High} and Region in {EMEA}}). A multi-valued field
 * matches when any of its values is listed. No tests: matches every issue.
 */
public record Criteria(Map<String, Set<String>> valuesByField) {
  public static final Criteria ANY = new Criteria(Map.of());

  public Criteria {
    Map<String, Set<String>> copy = new LinkedHashMap<>();
    valuesByField.forEach(
        (field, values) -> copy.put(FieldNames.canonical(field), Set.copyOf(values)));
    valuesByField = Collections.unmodifiableMap(copy);
  }

  public boolean matches(IssueState issue) {
    for (Map.Entry<String, Set<String>> test : valuesByField.entrySet()) {
      Set<String> actual = issue.all(test.getKey());
      if (actual.stream().noneMatch(test.getValue()::contains)) {
        return false;
      }
    }
    return true;
  }

  public Set<String> fields() {
    return valuesByField.keySet();
  }

  /** For people: {@code priority Highest, High; Region EMEA}, or {@code any issue}. */
  public String describe() {
    if (valuesByField.isEmpty()) {
      return "any issue";
    }
    return valuesByField.entrySet().stream()
        .map(
            e ->
                e.getKey() + " " + e.getValue().stream().sorted().collect(Collectors.joining(", ")))
        .collect(Collectors.joining("; "));
  }
}

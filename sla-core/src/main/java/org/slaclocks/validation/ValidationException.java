package org.slaclocks.validation;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An input (a calendar, a policy file, a request) was rejected. It carries every problem found, not
 * just the first, so that an administrator can fix a file in one pass; nothing of the input was
 * kept.
 */
public final class ValidationException extends IllegalArgumentException {
  private final transient List<Problem> problems;

  public ValidationException(String what, List<Problem> problems) {
    super(message(what, problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a validation failure needs at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  public static ValidationException of(String what, Problem problem) {
    return new ValidationException(what, List.of(problem));
  }

  public List<Problem> problems() {
    return problems;
  }

  private static String message(String what, List<Problem> problems) {
    if (problems.size() == 1) {
      return "invalid " + what + ": " + problems.get(0);
    }
    return "invalid "
        + what
        + " ("
        + problems.size()
        + " problems):"
        + problems.stream().map(p -> "\n  - " + p).collect(Collectors.joining());
  }
}

package org.slaclocks.config;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A configuration (or a change of it) was refused: every problem, each in its document. Nothing was
 * stored.
 */
public final class InvalidConfigurationException extends IllegalArgumentException {
  private final transient List<DocumentProblem> problems;

  public InvalidConfigurationException(List<DocumentProblem> problems) {
    super(
        "invalid configuration ("
            + problems.size()
            + (problems.size() == 1 ? " problem" : " problems")
            + "):\n"
            + problems.stream().map(p -> "  - " + p).collect(Collectors.joining("\n")));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a refusal needs at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  public List<DocumentProblem> problems() {
    return problems;
  }
}

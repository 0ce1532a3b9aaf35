package org.slaclocks.web.view;

import java.util.List;
import org.slaclocks.query.function.FunctionProblem;
import org.slaclocks.web.i18n.Messages;

/**
 * The problems of an SLA search function call in the searcher's language: what Jira's JQL
 * validation and the sandbox's search page both show.
 */
public final class FunctionProblems {
  private FunctionProblems() {}

  /** One problem as a sentence in {@code messages}' language. */
  public static String say(FunctionProblem problem, Messages messages) {
    return messages.text("function." + problem.key().name(), problem.arguments().toArray());
  }

  /** Every problem, in order. */
  public static List<String> say(List<FunctionProblem> problems, Messages messages) {
    return problems.stream().map(p -> say(p, messages)).toList();
  }
}

package org.slaclocks.sandbox;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import org.slaclocks.clock.Calendars;
import org.slaclocks.policy.SlaConfiguration;
import org.slaclocks.query.ClockQueries;
import org.slaclocks.query.ClockQuestions;
import org.slaclocks.query.Exclusions;
import org.slaclocks.query.function.FunctionAnswer;
import org.slaclocks.query.function.FunctionProblem;
import org.slaclocks.query.function.SlaFunctionCall;
import org.slaclocks.query.function.TimeTracking;
import org.slaclocks.web.i18n.Messages;
import org.slaclocks.web.view.FunctionProblems;

/**
 * The sandbox's SLA search: a search of {@link SearchSyntax}'s form, each function call read by the
 * core's {@link SlaFunctionCall} (as Jira's JQL functions read theirs) and answered by the core's
 * {@link ClockQuestions} over the app's store; {@code AND}, {@code OR} and {@code NOT} combine the
 * answers as sets of issue ids ({@code NOT} against the issues that exist at now). No clock is
 * computed here. Every problem is said in the searcher's language: a syntax error (one, with its
 * position), or every problem of every function call at once.
 */
public final class SlaSearch {
  /** Jira's default time tracking (8 hours a day, 5 days a week): the sandbox has no settings. */
  static final TimeTracking TIME_TRACKING = TimeTracking.JIRA_DEFAULT;

  /** One problem, said in the searcher's language; {@code position} is 1-based. */
  public record Problem(String message, int position) {
    public Problem {
      Objects.requireNonNull(message, "message");
    }
  }

  /** The matching issue ids (ascending), or the problems (then the ids are empty). */
  record Outcome(SortedSet<Long> issueIds, List<Problem> problems) {
    Outcome {
      issueIds = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(issueIds));
      problems = List.copyOf(problems);
    }

    boolean isValid() {
      return problems.isEmpty();
    }
  }

  /**
   * What a search is answered from: the configuration and its calendars, the store, the exclusion
   * windows in force, the issues that exist at {@code now}, the searcher's zone and language, and
   * the most issues one function may return (as Jira's {@code jira.search.maxclauses}).
   */
  record Inputs(
      SlaConfiguration configuration,
      Calendars calendars,
      ClockQueries store,
      Exclusions exclusions,
      Collection<Long> existing,
      Instant now,
      ZoneId zone,
      Locale locale,
      int maxIssues) {
    Inputs {
      Objects.requireNonNull(configuration, "configuration");
      Objects.requireNonNull(calendars, "calendars");
      Objects.requireNonNull(store, "store");
      Objects.requireNonNull(exclusions, "exclusions");
      existing = List.copyOf(existing);
      Objects.requireNonNull(now, "now");
      Objects.requireNonNull(zone, "zone");
      Objects.requireNonNull(locale, "locale");
    }
  }

  private SlaSearch() {}

  /** Answers {@code jql}, or says what is wrong with it. */
  static Outcome run(String jql, Inputs inputs) {
    SandboxTexts text = new SandboxTexts(inputs.locale());
    SearchSyntax.Node tree;
    try {
      tree = SearchSyntax.read(jql);
    } catch (SearchSyntax.Error e) {
      return new Outcome(new TreeSet<>(), List.of(new Problem(say(e, text), e.position())));
    }
    SlaFunctionCall.Context context =
        new SlaFunctionCall.Context(
            inputs.configuration(), TIME_TRACKING, inputs.now(), inputs.zone());
    Map<SearchSyntax.Call, SlaFunctionCall.Parsed> calls = new HashMap<>();
    List<Problem> problems = new ArrayList<>();
    Messages messages = Messages.of(inputs.locale());
    for (SearchSyntax.Call call : calls(tree, new ArrayList<>())) {
      SlaFunctionCall.Parsed parsed =
          SlaFunctionCall.parse(call.function(), call.arguments(), context);
      calls.put(call, parsed);
      for (FunctionProblem problem : parsed.problems()) {
        problems.add(problem(call, problem, text, messages));
      }
    }
    if (!problems.isEmpty()) {
      return new Outcome(new TreeSet<>(), problems);
    }
    // Each call answered once, as Jira asks each function; an answer longer than Jira takes from
    // one function is a problem of its call, as in Jira's validation.
    Map<SearchSyntax.Call, TreeSet<Long>> answers = new HashMap<>();
    for (Map.Entry<SearchSyntax.Call, SlaFunctionCall.Parsed> call : calls.entrySet()) {
      FunctionAnswer answer =
          FunctionAnswer.ask(
              call.getValue().question(),
              inputs.store(),
              inputs.now(),
              inputs.calendars(),
              inputs.exclusions(),
              inputs.maxIssues());
      SearchSyntax.Call at = call.getKey();
      if (answer.isWithinLimit()) {
        TreeSet<Long> ids = new TreeSet<>();
        answer.forEachIssueId(ids::add);
        answers.put(at, ids);
      } else {
        problems.add(problem(at, answer.problem(at.function()), text, messages));
      }
    }
    if (!problems.isEmpty()) {
      problems.sort(java.util.Comparator.comparingInt(Problem::position));
      return new Outcome(new TreeSet<>(), problems);
    }
    return new Outcome(answer(tree, answers, inputs), List.of());
  }

  /** A problem of one call, said with the call's function and position. */
  private static Problem problem(
      SearchSyntax.Call call, FunctionProblem problem, SandboxTexts text, Messages messages) {
    return new Problem(
        text.get(
            "sandbox.search.problem.function",
            call.function().functionName(),
            at(call.position()),
            FunctionProblems.say(problem, messages)),
        call.position());
  }

  private static List<SearchSyntax.Call> calls(
      SearchSyntax.Node node, List<SearchSyntax.Call> out) {
    if (node instanceof SearchSyntax.Call call) {
      out.add(call);
    } else if (node instanceof SearchSyntax.Not not) {
      calls(not.part(), out);
    } else if (node instanceof SearchSyntax.And and) {
      and.parts().forEach(p -> calls(p, out));
    } else if (node instanceof SearchSyntax.Or or) {
      or.parts().forEach(p -> calls(p, out));
    }
    return out;
  }

  private static TreeSet<Long> answer(
      SearchSyntax.Node node, Map<SearchSyntax.Call, TreeSet<Long>> calls, Inputs in) {
    if (node instanceof SearchSyntax.Call call) {
      TreeSet<Long> ids = new TreeSet<>(calls.get(call));
      // A clock of an issue that does not exist (yet) at now is no answer.
      ids.retainAll(new TreeSet<>(in.existing()));
      return ids;
    }
    if (node instanceof SearchSyntax.Not not) {
      TreeSet<Long> ids = new TreeSet<>(in.existing());
      ids.removeAll(answer(not.part(), calls, in));
      return ids;
    }
    if (node instanceof SearchSyntax.And and) {
      TreeSet<Long> ids = null;
      for (SearchSyntax.Node part : and.parts()) {
        TreeSet<Long> next = answer(part, calls, in);
        if (ids == null) {
          ids = next;
        } else {
          ids.retainAll(next);
        }
      }
      return ids;
    }
    SearchSyntax.Or or = (SearchSyntax.Or) node;
    TreeSet<Long> ids = new TreeSet<>();
    for (SearchSyntax.Node part : or.parts()) {
      ids.addAll(answer(part, calls, in));
    }
    return ids;
  }

  /** A syntax error in the searcher's language. */
  static String say(SearchSyntax.Error e, SandboxTexts text) {
    return switch (e.kind()) {
      case EMPTY -> text.get("sandbox.search.error.EMPTY", EXAMPLE);
      case UNKNOWN_FUNCTION ->
          text.get(
              "sandbox.search.error.UNKNOWN_FUNCTION",
              e.found(),
              at(e.position()),
              SearchSyntax.functionNames());
      case UNCLOSED_QUOTE -> text.get("sandbox.search.error.UNCLOSED_QUOTE", at(e.position()));
      case EXPECTED ->
          e.found() == null
              ? text.get(
                  "sandbox.search.error.EXPECTED_END",
                  at(e.position()),
                  text.get("sandbox.search.expected." + e.expected().name()))
              : text.get(
                  "sandbox.search.error.EXPECTED",
                  at(e.position()),
                  text.get("sandbox.search.expected." + e.expected().name()),
                  e.found());
    };
  }

  /** A position as digits (no grouping, whatever the language). */
  private static String at(int position) {
    return Integer.toString(position);
  }

  /** The example shown to someone who typed nothing. */
  static final String EXAMPLE = "issue in slaRemaining(\"Time to first response\", \"<\", \"2h\")";
}

package org.slaclocks.query.function;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Why a call of an SLA function cannot be answered: a message {@code key} (documented on {@link
 * Key}) and its arguments, which the host says in the searcher's language. {@code english()} is the
 * message in English, for logs and for hosts without translations.
 */
public record FunctionProblem(Key key, List<String> arguments) {
  /** Every kind of problem, with its English message ({@code {0}} .. are the arguments). */
  public enum Key {
    /** {0} function, {1} how many arguments it takes, {2} how many were given. */
    ARGUMENT_COUNT(
        "{0} takes {1} arguments, then optionally \"policy=...\" and \"calendar=...\"; {2}"
            + " given"),
    /** {0} the metric as typed, {1} the known metric names. */
    UNKNOWN_METRIC("no SLA metric is named \"{0}\"; known metrics: {1}"),
    /** {0} the operator as typed, {1} the allowed ones. */
    BAD_OPERATOR("\"{0}\" is not a comparison; use one of {1}"),
    /** {0} the duration as typed. */
    BAD_DURATION(
        "\"{0}\" is not a duration; write it as Jira does, for example \"1w 2d 4h 30m\", \"90m\""
            + " or \"-2h\" (w, d, h, m)"),
    /** {0} the percentage as typed. */
    BAD_PERCENT("\"{0}\" is not a percentage; write a number such as \"80\" or \"80%\""),
    /** {0} the date as typed. */
    BAD_INSTANT(
        "\"{0}\" is not a date; write \"2026-05-04\", \"2026-05-04 17:30\", an instant such as"
            + " \"2026-05-04T15:30:00Z\", or a time from now such as \"+4h\" or \"-1d\""),
    /** {0} the first date, {1} the second. */
    EMPTY_RANGE("the range from {0} to {1} is empty: the second date must come after the first"),
    /** {0} the filter as typed. */
    BAD_FILTER("\"{0}\" is not a filter; write \"policy=<policy>\" or \"calendar=<calendar>\""),
    /** {0} the policy as typed, {1} the known policies. */
    UNKNOWN_POLICY("no SLA policy is named \"{0}\"; known policies: {1}"),
    /** {0} the calendar as typed, {1} the known calendars. */
    UNKNOWN_CALENDAR("no calendar is named \"{0}\"; known calendars: {1}"),
    /** {0} function, {1} how many issues match, {2} the most one function may return. */
    TOO_MANY_ISSUES(
        "{0} matches {1} issues, more than the {2} one search function may return in Jira"
            + " (jira.search.maxclauses); narrow it with \"policy=...\" or \"calendar=...\", a"
            + " tighter argument, or another function");

    private final String english;

    Key(String english) {
      this.english = english;
    }

    public String englishPattern() {
      return english;
    }
  }

  public FunctionProblem {
    Objects.requireNonNull(key, "key");
    arguments = List.copyOf(arguments);
  }

  static FunctionProblem of(Key key, Object... arguments) {
    return new FunctionProblem(key, Arrays.stream(arguments).map(String::valueOf).toList());
  }

  /** The message in English. */
  public String english() {
    String text = key.englishPattern();
    for (int i = 0; i < arguments.size(); i++) {
      text = text.replace("{" + i + "}", arguments.get(i));
    }
    return text;
  }
}

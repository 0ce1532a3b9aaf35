package org.slaclocks.policy;

import java.util.Map;
import java.util.Objects;
import org.slaclocks.history.FieldNames;
import org.slaclocks.history.IssueState;

/** Which calendar a goal counts in: a fixed one, or one chosen by an issue field (region). */
public sealed interface CalendarChoice {
  /** The calendar's name for this issue. */
  String calendarFor(IssueState issue);

  /** The field this choice reads, or null. */
  String field();

  record Fixed(String calendar) implements CalendarChoice {
    public Fixed {
      Objects.requireNonNull(calendar, "calendar");
    }

    @Override
    public String calendarFor(IssueState issue) {
      return calendar;
    }

    @Override
    public String field() {
      return null;
    }
  }

  /**
   * The calendar mapped to the issue's value of {@code field}; {@code fallback} when the field is
   * empty or its value is not mapped.
   */
  record ByField(String field, Map<String, String> calendars, String fallback)
      implements CalendarChoice {
    public ByField {
      field = FieldNames.canonical(Objects.requireNonNull(field, "field"));
      calendars = Map.copyOf(calendars);
      Objects.requireNonNull(fallback, "fallback");
    }

    @Override
    public String calendarFor(IssueState issue) {
      String value = issue.get(field);
      return value == null ? fallback : calendars.getOrDefault(value, fallback);
    }
  }
}

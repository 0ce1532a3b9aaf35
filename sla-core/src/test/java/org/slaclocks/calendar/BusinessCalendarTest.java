package org.slaclocks.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BusinessCalendarTest {
  private static final Map<String, BusinessCalendar> CALENDARS =
      Map.ofEntries(
          Map.entry("9-17 Amsterdam", Calendars.nineToFive("Europe/Amsterdam")),
          Map.entry("9-17 New York", Calendars.nineToFive("America/New_York")),
          Map.entry("9-17 Sydney", Calendars.nineToFive("Australia/Sydney")),
          Map.entry("9-17 Sao Paulo", Calendars.nineToFive("America/Sao_Paulo")),
          Map.entry("Amsterdam office", Calendars.amsterdamOffice()),
          Map.entry("night shift", Calendars.nightShift("Europe/Amsterdam")),
          Map.entry(
              "night shift, Tue 6 Jan off",
              Calendars.weekdays("Europe/Amsterdam", "22:00-06:00").holiday("2026-01-06").build()),
          Map.entry("24h Amsterdam", Calendars.allDay("Europe/Amsterdam")),
          Map.entry("24h Sydney", Calendars.allDay("Australia/Sydney")),
          Map.entry("24h Sao Paulo", Calendars.allDay("America/Sao_Paulo")),
          Map.entry("24/7", BusinessCalendar.twentyFourSeven("24/7")),
          Map.entry(
              "Sun 01-04 Amsterdam",
              BusinessCalendar.builder("early Sunday", "Europe/Amsterdam")
                  .hours(DayOfWeek.SUNDAY, "01:00-04:00")
                  .build()),
          Map.entry(
              "Sun 02:30-05 Amsterdam",
              BusinessCalendar.builder("Sunday in the gap", "Europe/Amsterdam")
                  .hours(DayOfWeek.SUNDAY, "02:30-05:00")
                  .build()),
          Map.entry(
              "Sat night New York",
              BusinessCalendar.builder("weekend night", "America/New_York")
                  .hours(DayOfWeek.SATURDAY, "22:00-06:00")
                  .build()),
          Map.entry(
              "Sun 00-02 Sao Paulo",
              BusinessCalendar.builder("Sunday midnight", "America/Sao_Paulo")
                  .hours(DayOfWeek.SUNDAY, "00:00-02:00")
                  .build()));

  @ParameterizedTest(name = "{0}: {1} + {2} = {3}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # calendar              | start                          | duration | deadline
          9-17 Amsterdam           | 2026-01-05T16:00:00+01:00      | PT8H     | 2026-01-06T15:00:00Z
          # before opening: counts from 09:00
          9-17 Amsterdam           | 2026-01-05T07:00:00+01:00      | PT2H     | 2026-01-05T10:00:00Z
          # exactly at closing time: 17:00, not the next morning
          9-17 Amsterdam           | 2026-01-05T09:00:00+01:00      | PT8H     | 2026-01-05T16:00:00Z
          9-17 Amsterdam           | 2026-01-05T10:00:00+01:00      | PT0S     | 2026-01-05T09:00:00Z
          # zero at closing: the next opening
          9-17 Amsterdam           | 2026-01-05T17:00:00+01:00      | PT0S     | 2026-01-06T08:00:00Z
          # zero on a Saturday: Monday 09:00
          9-17 Amsterdam           | 2026-01-10T12:00:00+01:00      | PT0S     | 2026-01-12T08:00:00Z
          # over the weekend
          9-17 Amsterdam           | 2026-01-09T16:00:00+01:00      | PT2H     | 2026-01-12T09:00:00Z
          9-17 Amsterdam           | 2026-01-05T16:59:59.500+01:00  | PT0.5S   | 2026-01-05T16:00:00Z
          9-17 Amsterdam           | 2026-01-05T17:00:00+01:00      | PT1S     | 2026-01-06T08:00:01Z
          # 30 business days: six whole weeks
          9-17 Amsterdam           | 2026-01-05T09:00:00+01:00      | PT240H   | 2026-02-13T16:00:00Z
          # a year of business days (261 weekdays in 2026)
          9-17 Amsterdam           | 2026-01-01T00:00:00+01:00      | PT2088H  | 2026-12-31T16:00:00Z
          # lunch break 12:30-13:30 on Mondays
          Amsterdam office         | 2026-01-05T12:00:00+01:00      | PT1H     | 2026-01-05T13:00:00Z
          Amsterdam office         | 2026-01-05T12:30:00+01:00      | PT0S     | 2026-01-05T12:30:00Z
          # Fridays close at 16:00
          Amsterdam office         | 2026-01-09T15:30:00+01:00      | PT1H     | 2026-01-12T08:30:00Z
          # half-day Christmas Eve, two holidays, then the extra Sunday 27 Dec 10:00-14:00
          Amsterdam office         | 2026-12-24T11:00:00+01:00      | PT4H     | 2026-12-27T12:00:00Z
          Amsterdam office         | 2026-12-24T13:00:00+01:00      | PT5H     | 2026-12-28T09:00:00Z
          # over the year end, 1 Jan 2027 off
          Amsterdam office         | 2026-12-31T17:00:00+01:00      | PT1H     | 2027-01-04T08:30:00Z
          # an overnight shift continues into the next morning
          night shift              | 2026-01-05T23:00:00+01:00      | PT4H     | 2026-01-06T02:00:00Z
          night shift              | 2026-01-09T22:00:00+01:00      | PT8H     | 2026-01-10T05:00:00Z
          night shift              | 2026-01-10T07:00:00+01:00      | PT1H     | 2026-01-12T22:00:00Z
          # Monday 05:00: no Sunday shift, so nothing counts until Monday 22:00
          night shift              | 2026-01-05T05:00:00+01:00      | PT1H     | 2026-01-05T22:00:00Z
          night shift              | 2026-01-06T05:00:00+01:00      | PT2H     | 2026-01-06T22:00:00Z
          # the Monday shift belongs to Monday: it runs into the holiday on Tuesday morning
          night shift, Tue 6 Jan off | 2026-01-06T05:00:00+01:00    | PT2H     | 2026-01-07T22:00:00Z
          # DST starts in Amsterdam on Sun 29 Mar 2026: Friday +01:00, Monday +02:00
          9-17 Amsterdam           | 2026-03-27T16:00:00+01:00      | PT2H     | 2026-03-30T08:00:00Z
          # three real hours over the gap 02:00-03:00
          24h Amsterdam            | 2026-03-29T00:00:00+01:00      | PT3H     | 2026-03-29T02:00:00Z
          # DST ends on Sun 25 Oct 2026: 02:00-03:00 happens twice
          24h Amsterdam            | 2026-10-25T00:00:00+02:00      | PT3H     | 2026-10-25T01:00:00Z
          9-17 Amsterdam           | 2026-10-23T16:00:00+02:00      | PT2H     | 2026-10-26T09:00:00Z
          # a period that starts in the gap starts when the gap ends (02:30 -> 03:30 CEST)
          Sun 02:30-05 Amsterdam   | 2026-03-29T00:00:00+01:00      | PT0S     | 2026-03-29T01:30:00Z
          # a period that starts in the overlap takes the earlier offset (02:30 CEST)
          Sun 02:30-05 Amsterdam   | 2026-10-25T00:00:00+02:00      | PT1H     | 2026-10-25T01:30:00Z
          # New York: DST starts Sun 8 Mar 2026, ends Sun 1 Nov 2026
          9-17 New York            | 2026-03-06T16:00:00-05:00      | PT2H     | 2026-03-09T14:00:00Z
          9-17 New York            | 2026-10-30T16:00:00-04:00      | PT2H     | 2026-11-02T15:00:00Z
          Sat night New York       | 2026-03-07T22:00:00-05:00      | PT7H     | 2026-03-08T10:00:00Z
          Sat night New York       | 2026-10-31T22:00:00-04:00      | PT9H     | 2026-11-01T11:00:00Z
          # Sydney: DST ends Sun 5 Apr 2026, starts Sun 4 Oct 2026
          9-17 Sydney              | 2026-04-03T16:00:00+11:00      | PT2H     | 2026-04-06T00:00:00Z
          9-17 Sydney              | 2026-10-02T16:00:00+10:00      | PT2H     | 2026-10-04T23:00:00Z
          24h Sydney               | 2026-04-05T00:00:00+11:00      | PT25H    | 2026-04-05T14:00:00Z
          # Sao Paulo (DST until 2019): the clocks jumped at midnight, 4 Nov 2018 began at 01:00
          9-17 Sao Paulo           | 2018-11-02T16:00:00-03:00      | PT2H     | 2018-11-05T12:00:00Z
          Sun 00-02 Sao Paulo      | 2018-11-03T12:00:00-03:00      | PT0S     | 2018-11-04T03:00:00Z
          Sun 00-02 Sao Paulo      | 2018-11-03T12:00:00-03:00      | PT1H     | 2018-11-04T04:00:00Z
          24h Sao Paulo            | 2019-02-16T00:00:00-02:00      | PT25H    | 2019-02-17T03:00:00Z
          24/7                     | 2026-01-05T16:00:00+01:00      | PT8H     | 2026-01-05T23:00:00Z
          """)
  void deadlineIsTheEarliestInstantWithThatMuchWorkingTime(
      String calendar, String start, Duration duration, String expected) {
    BusinessCalendar cal = CALENDARS.get(calendar);
    Instant from = instant(start);

    Instant deadline = cal.deadline(from, duration);

    assertThat(deadline).isEqualTo(Instant.parse(expected));
    assertThat(cal.workingTime(from, deadline)).isEqualTo(duration);
  }

  @ParameterizedTest(name = "{0}: {1} .. {2} = {3}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # calendar              | from                       | to                         | working time
          9-17 Amsterdam           | 2026-01-05T08:00:00+01:00  | 2026-01-05T18:00:00+01:00  | PT8H
          9-17 Amsterdam           | 2026-01-09T16:00:00+01:00  | 2026-01-12T10:00:00+01:00  | PT2H
          9-17 Amsterdam           | 2026-01-05T10:00:00+01:00  | 2026-01-05T10:00:00+01:00  | PT0S
          # an end before the start counts nothing
          9-17 Amsterdam           | 2026-01-05T12:00:00+01:00  | 2026-01-05T10:00:00+01:00  | PT0S
          9-17 Amsterdam           | 2026-01-05T16:59:59.250+01:00 | 2026-01-06T09:00:00.500+01:00 | PT1.25S
          # a whole year: 261 weekdays in 2026
          9-17 Amsterdam           | 2026-01-01T00:00:00+01:00  | 2027-01-01T00:00:00+01:00  | PT2088H
          Amsterdam office         | 2026-01-05T00:00:00+01:00  | 2026-01-06T00:00:00+01:00  | PT7H30M
          Amsterdam office         | 2026-01-05T00:00:00+01:00  | 2026-01-12T00:00:00+01:00  | PT40H
          # Christmas week: half day Thursday, holidays Friday and Saturday, extra Sunday
          Amsterdam office         | 2026-12-21T00:00:00+01:00  | 2026-12-28T00:00:00+01:00  | PT31H30M
          # five night shifts, the Friday one ending on Saturday morning
          night shift              | 2026-01-04T00:00:00+01:00  | 2026-01-10T12:00:00+01:00  | PT40H
          night shift, Tue 6 Jan off | 2026-01-05T12:00:00+01:00 | 2026-01-07T12:00:00+01:00 | PT8H
          # the spring-forward Sunday is 23 hours long, the fall-back Sunday 25
          24h Amsterdam            | 2026-03-29T00:00:00+01:00  | 2026-03-30T00:00:00+02:00  | PT23H
          24h Amsterdam            | 2026-10-25T00:00:00+02:00  | 2026-10-26T00:00:00+01:00  | PT25H
          # 01:00-04:00 on the spring-forward day is two real hours
          Sun 01-04 Amsterdam      | 2026-03-29T00:00:00+01:00  | 2026-03-30T00:00:00+02:00  | PT2H
          Sun 01-04 Amsterdam      | 2026-10-25T00:00:00+02:00  | 2026-10-26T00:00:00+01:00  | PT4H
          Sun 02:30-05 Amsterdam   | 2026-03-29T00:00:00+01:00  | 2026-03-30T00:00:00+02:00  | PT1H30M
          Sun 02:30-05 Amsterdam   | 2026-10-25T00:00:00+02:00  | 2026-10-26T00:00:00+01:00  | PT3H30M
          # the overnight shift that spans the New York changes
          Sat night New York       | 2026-03-07T12:00:00-05:00  | 2026-03-08T12:00:00-04:00  | PT7H
          Sat night New York       | 2026-10-31T12:00:00-04:00  | 2026-11-01T12:00:00-05:00  | PT9H
          9-17 New York            | 2026-03-02T00:00:00-05:00  | 2026-03-14T00:00:00-04:00  | PT80H
          24h Sydney               | 2026-04-05T00:00:00+11:00  | 2026-04-06T00:00:00+10:00  | PT25H
          24h Sydney               | 2026-10-04T00:00:00+10:00  | 2026-10-05T00:00:00+11:00  | PT23H
          9-17 Sydney              | 2026-09-28T00:00:00+10:00  | 2026-10-10T00:00:00+11:00  | PT80H
          24h Sao Paulo            | 2018-11-03T00:00:00-03:00  | 2018-11-05T00:00:00-02:00  | PT47H
          24h Sao Paulo            | 2019-02-16T00:00:00-02:00  | 2019-02-17T00:00:00-03:00  | PT25H
          Sun 00-02 Sao Paulo      | 2018-11-03T00:00:00-03:00  | 2018-11-05T00:00:00-02:00  | PT1H
          """)
  void workingTimeCountsOnlyWorkingPeriods(
      String calendar, String from, String to, Duration expected) {
    assertThat(CALENDARS.get(calendar).workingTime(instant(from), instant(to))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} at {1}: working {2}, next {3}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # calendar         | instant                    | working | next working instant
          9-17 Amsterdam      | 2026-01-05T09:00:00+01:00  | true    | 2026-01-05T08:00:00Z
          # closing time itself is not working time (periods are half-open)
          9-17 Amsterdam      | 2026-01-05T17:00:00+01:00  | false   | 2026-01-06T08:00:00Z
          9-17 Amsterdam      | 2026-01-05T16:59:59.999+01:00 | true | 2026-01-05T15:59:59.999Z
          Amsterdam office    | 2026-01-05T12:45:00+01:00  | false   | 2026-01-05T12:30:00Z
          Amsterdam office    | 2026-12-25T10:00:00+01:00  | false   | 2026-12-27T09:00:00Z
          Amsterdam office    | 2026-12-27T10:00:00+01:00  | true    | 2026-12-27T09:00:00Z
          night shift         | 2026-01-10T05:59:00+01:00  | true    | 2026-01-10T04:59:00Z
          night shift         | 2026-01-10T06:00:00+01:00  | false   | 2026-01-12T21:00:00Z
          """)
  void tellsWhetherAnInstantIsWorkingTime(
      String calendar, String at, boolean working, String next) {
    BusinessCalendar cal = CALENDARS.get(calendar);
    assertThat(cal.isWorkingTime(instant(at))).isEqualTo(working);
    assertThat(cal.nextWorkingInstant(instant(at))).isEqualTo(Instant.parse(next));
  }

  @Test
  void workingIntervalEndIsTheNextClosingTime() {
    BusinessCalendar office = Calendars.amsterdamOffice();
    assertThat(office.workingIntervalEnd(instant("2026-01-05T10:00:00+01:00")))
        .isEqualTo(instant("2026-01-05T12:30:00+01:00"));
    assertThat(office.workingIntervalEnd(instant("2026-01-05T12:45:00+01:00")))
        .isEqualTo(instant("2026-01-05T12:45:00+01:00"));
    // a 24/7 calendar never closes: the answer is far ahead, and comes back
    BusinessCalendar always = BusinessCalendar.twentyFourSeven("24/7");
    assertThat(always.workingIntervalEnd(Instant.parse("2026-01-05T10:00:00Z")))
        .isAfter(Instant.parse("2027-01-05T10:00:00Z"));
  }

  @Test
  void refusesNegativeDurations() {
    assertThatThrownBy(
            () -> Calendars.nineToFive("UTC").deadline(Instant.EPOCH, Duration.ofHours(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must not be negative");
  }

  @Test
  void refusesGoalsOfCenturies() {
    assertThatThrownBy(
            () -> Calendars.nineToFive("UTC").deadline(Instant.EPOCH, Duration.ofDays(365 * 300)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("too long");
  }

  @Test
  void weeklyWorkingMinutesIgnoreHolidays() {
    assertThat(Calendars.amsterdamOffice().weeklyWorkingMinutes()).isEqualTo(40 * 60);
    assertThat(Calendars.amsterdamOffice().periodsOn(java.time.LocalDate.parse("2026-12-24")))
        .containsExactly(WorkingPeriod.parse("09:00-12:00"));
  }

  @Test
  void calendarsWithEqualContentAreEqual() {
    assertThat(Calendars.amsterdamOffice()).isEqualTo(Calendars.amsterdamOffice());
    assertThat(Calendars.amsterdamOffice().hashCode())
        .isEqualTo(Calendars.amsterdamOffice().hashCode());
    assertThat(Calendars.nineToFive("UTC")).isNotEqualTo(Calendars.nineToFive("Europe/Paris"));
  }

  @Test
  void periodsOfAnOrdinaryWeekAreSorted() {
    BusinessCalendar cal =
        BusinessCalendar.builder("x", "UTC")
            .hours(DayOfWeek.MONDAY, "13:30-17:30", "09:00-12:30")
            .build();
    assertThat(cal.weeklyHours().get(DayOfWeek.MONDAY))
        .extracting(WorkingPeriod::toString)
        .containsExactly("09:00-12:30", "13:30-17:30");
    assertThat(cal.weeklyHours().get(DayOfWeek.SUNDAY)).isEqualTo(List.of());
  }

  static Instant instant(String text) {
    return OffsetDateTime.parse(text).toInstant();
  }
}

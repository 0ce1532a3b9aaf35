package org.slaclocks.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slaclocks.calendar.BusinessCalendar;
import org.slaclocks.calendar.Calendars;
import org.slaclocks.validation.Problem;
import org.slaclocks.validation.ValidationException;

class CalendarJsonTest {
  static final String AMSTERDAM =
      """
      {
        "name": "Amsterdam office",
        "zone": "Europe/Amsterdam",
        "hours": {
          "MON": ["09:00-12:30", "13:30-17:30"],
          "TUE": ["09:00-17:30"], "WED": ["09:00-17:30"], "THU": ["09:00-17:30"], "FRI": ["09:00-16:00"],
          "SAT": [], "SUN": []
        },
        "holidays": ["2026-12-25", "2026-12-26", {"date": "2026-12-24", "hours": ["09:00-12:00"]},
                     "2027-01-01"],
        "workingDays": [{"date": "2026-12-27", "hours": ["10:00-14:00"]}]
      }
      """;

  @Test
  void readsTheDocumentedExample() {
    BusinessCalendar calendar = CalendarJson.parse(AMSTERDAM);

    assertThat(calendar).isEqualTo(Calendars.amsterdamOffice());
    assertThat(calendar.deadline(Instant.parse("2026-12-24T10:30:00Z"), Duration.ofHours(1)))
        .isEqualTo(Instant.parse("2026-12-27T09:30:00Z"));
  }

  @Test
  void writesWhatItReads() {
    BusinessCalendar calendar = CalendarJson.parse(AMSTERDAM);
    String written = CalendarJson.write(calendar).toString();

    assertThat(CalendarJson.parse(written)).isEqualTo(calendar);
    assertThat(written).contains("\"2026-12-25\"").contains("\"09:00-12:00\"");
  }

  @Test
  void writesOvernightPeriodsAsTheyAreWritten() {
    String json =
        """
        {"name": "nights", "zone": "UTC", "hours": {"MON": ["22:00-06:00"]}}
        """;
    assertThat(CalendarJson.write(CalendarJson.parse(json)).toString()).contains("22:00-06:00");
  }

  @Test
  void acceptsTwentyFourSevenAsHours() {
    BusinessCalendar calendar =
        CalendarJson.parse("{\"name\": \"24/7\", \"zone\": \"UTC\", \"hours\": \"24/7\"}");
    assertThat(calendar).isEqualTo(BusinessCalendar.twentyFourSeven("24/7"));
  }

  @Test
  void aMissingDayHasNoWorkingHours() {
    BusinessCalendar calendar =
        CalendarJson.parse(
            "{\"name\": \"x\", \"zone\": \"UTC\", \"hours\": {\"MON\": [\"09:00-17:00\"]}}");
    assertThat(calendar.weeklyWorkingMinutes()).isEqualTo(8 * 60);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
          # what is wrong                | calendar JSON                                                                          | problem
          unknown time zone               | {"name":"x","zone":"Europe/Amstredam","hours":{"MON":["09:00-17:00"]}}                 | zone: unknown time zone 'Europe/Amstredam'
          missing time zone               | {"name":"x","hours":{"MON":["09:00-17:00"]}}                                           | zone: a calendar needs a time zone
          missing name                    | {"zone":"UTC","hours":{"MON":["09:00-17:00"]}}                                         | name: a calendar needs a name
          overlapping periods             | {"name":"x","zone":"UTC","hours":{"MON":["09:00-12:30","12:00-17:30"]}}                | hours.MON: periods 09:00-12:30 and 12:00-17:30 overlap
          hour without leading zero       | {"name":"x","zone":"UTC","hours":{"MON":["9:00-17:00"]}}                               | hours.MON[0]: malformed period '9:00-17:00': expected HH:MM-HH:MM
          hour 25                         | {"name":"x","zone":"UTC","hours":{"MON":["09:00-25:00"]}}                              | hours.MON[0]: malformed period '09:00-25:00': the end must be a time from 00:00 to 24:00
          start at 24:00                  | {"name":"x","zone":"UTC","hours":{"MON":["24:00-06:00"]}}                              | hours.MON[0]: malformed period '24:00-06:00': the start must be a time from 00:00 to 23:59
          empty period                    | {"name":"x","zone":"UTC","hours":{"MON":["09:00-09:00"]}}                              | hours.MON[0]: period '09:00-09:00' is empty
          overnight into the next day     | {"name":"x","zone":"UTC","hours":{"MON":["22:00-06:00"],"TUE":["05:00-09:00"]}}        | hours.MON: overnight period 22:00-06:00 continues into TUE and overlaps TUE 05:00-09:00
          overnight over the same day     | {"name":"x","zone":"UTC","hours":{"MON":["18:00-10:00","20:00-22:00"]}}                | hours.MON: periods 18:00-10:00 and 20:00-22:00 overlap
          no working time                 | {"name":"x","zone":"UTC","hours":{"MON":[],"SAT":[]}}                                  | hours: the calendar has no working time in an ordinary week
          no hours at all                 | {"name":"x","zone":"UTC"}                                                              | hours: required
          duplicate holiday               | {"name":"x","zone":"UTC","hours":"24/7","holidays":["2026-12-25","2026-12-25"]}        | holidays[1]: holiday 2026-12-25 is listed twice (also holidays[0])
          malformed holiday               | {"name":"x","zone":"UTC","hours":"24/7","holidays":["2026-13-01"]}                     | holidays[0]: malformed date '2026-13-01': expected YYYY-MM-DD
          holiday and working day         | {"name":"x","zone":"UTC","hours":"24/7","holidays":["2026-12-27"],"workingDays":[{"date":"2026-12-27","hours":["10:00-12:00"]}]} | workingDays[0]: 2026-12-27 is also a holidays entry (holidays[0])
          working day without hours       | {"name":"x","zone":"UTC","hours":"24/7","workingDays":[{"date":"2026-12-27"}]}         | workingDays[0].hours: required
          misspelt key                    | {"name":"x","zone":"UTC","hours":"24/7","holiday":["2026-12-25"]}                      | holiday: unknown key
          unknown day                     | {"name":"x","zone":"UTC","hours":{"MONDAY":["09:00-17:00"],"TUE":["09:00-17:00"]}}     | hours.MONDAY: unknown day key; use MON, TUE
          period not a string             | {"name":"x","zone":"UTC","hours":{"MON":[900],"TUE":["09:00-17:00"]}}                  | hours.MON[0]: a period must be a string
          hours of a day not a list       | {"name":"x","zone":"UTC","hours":{"MON":"09:00-17:00","TUE":["09:00-17:00"]}}          | hours.MON: must be an array of periods
          not an object                   | ["09:00-17:00"]                                                                        | a calendar must be a JSON object
          malformed JSON                  | {"name":"x",                                                                           | malformed JSON at line 1
          """)
  void rejectsABrokenCalendarNamingTheProblem(String what, String json, String problem) {
    assertThatThrownBy(() -> CalendarJson.parse(json))
        .isInstanceOf(ValidationException.class)
        .satisfies(
            e ->
                assertThat(((ValidationException) e).problems())
                    .extracting(Problem::toString)
                    .anySatisfy(p -> assertThat(p).startsWith(problem)));
  }

  @Test
  void listsEveryProblemAtOnce() {
    String json =
        """
        {"name": "x", "zone": "Mars/Olympus",
         "hours": {"MON": ["9-5"], "TUE": ["09:00-12:00", "11:00-13:00"]},
         "holidays": ["2026-12-25", "2026-12-25"]}
        """;
    assertThatThrownBy(() -> CalendarJson.parse(json))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("4 problems")
        .hasMessageContaining("zone: unknown time zone 'Mars/Olympus'")
        .hasMessageContaining("hours.MON[0]: malformed period '9-5'")
        .hasMessageContaining("hours.TUE: periods 09:00-12:00 and 11:00-13:00 overlap")
        .hasMessageContaining("holidays[1]: holiday 2026-12-25 is listed twice");
  }
}

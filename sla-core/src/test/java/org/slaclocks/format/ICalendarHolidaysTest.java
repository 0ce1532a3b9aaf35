package org.slaclocks.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.TimeZone;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.slaclocks.calendar.BusinessCalendar;
import org.slaclocks.format.ICalendarHolidays.Holiday;
import org.slaclocks.format.ICalendarHolidays.Merged;
import org.slaclocks.format.ICalendarHolidays.Result;
import org.slaclocks.format.ICalendarHolidays.Skipped;
import org.slaclocks.validation.ValidationException;

class ICalendarHolidaysTest {
  private static final LocalDate JAN_1_2026 = LocalDate.parse("2026-01-01");
  private static final LocalDate DEC_31_2026 = LocalDate.parse("2026-12-31");

  static Result read(String fixture, String from, String to) {
    try (InputStream in = ICalendarHolidaysTest.class.getResourceAsStream("/ics/" + fixture)) {
      assertThat(in).as(fixture).isNotNull();
      return ICalendarHolidays.read(in, LocalDate.parse(from), LocalDate.parse(to));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Result read(String ics) {
    return ICalendarHolidays.read(ics, JAN_1_2026, DEC_31_2026);
  }

  /** "2026-12-25 Eerste Kerstdag" per holiday, the way an administrator reads the list. */
  static List<String> lines(Result result) {
    return result.holidays().stream().map(h -> h.date() + " " + h.name()).toList();
  }

  @Test
  void readsTheDutchNationalHolidaysOf2026FromAGoogleExport() {
    Result result = read("nl-holidays-2026.ics", "2026-01-01", "2026-12-31");

    // Outside the range: Tweede Kerstdag 2025 and Nieuwjaarsdag 2027, not listed at all.
    assertThat(lines(result))
        .containsExactly(
            "2026-01-01 Nieuwjaarsdag",
            "2026-04-03 Goede Vrijdag",
            "2026-04-05 Eerste Paasdag",
            "2026-04-06 Tweede Paasdag",
            "2026-04-27 Koningsdag",
            "2026-05-05 Bevrijdingsdag",
            "2026-05-14 Hemelvaartsdag", // SUMMARY folded in the middle of the word
            "2026-05-24 Eerste Pinksterdag",
            "2026-05-25 Tweede Pinksterdag",
            "2026-12-25 Eerste Kerstdag",
            "2026-12-26 Tweede Kerstdag");
    assertThat(result.skipped()).isEmpty();
  }

  @Test
  void theFixtureReallyHasCrlfLineEndsAndFoldedLines() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/ics/nl-holidays-2026.ics")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(text).contains("\r\n").doesNotContain("\r\n\r\n").contains("Hemel\r\n vaartsdag");
      assertThat(text.replace("\r\n", "")).doesNotContain("\n");
    }
  }

  @Test
  void readsTheSameHolidaysWithUnixLineEnds() throws IOException {
    String crlf;
    try (InputStream in = getClass().getResourceAsStream("/ics/nl-holidays-2026.ics")) {
      crlf = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(read(crlf.replace("\r\n", "\n"))).isEqualTo(read(crlf));
  }

  @ParameterizedTest(name = "{0} to {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # from    | to         | holidays
          2026-01-01 | 2027-12-31 | 2026-01-01 Nieuwjaarsdag, 2026-04-27 Koningsdag, 2026-12-25 Kerstmis, 2026-12-26 Kerstmis, 2027-01-01 Nieuwjaarsdag, 2027-04-27 Koningsdag, 2027-12-25 Kerstmis, 2027-12-26 Kerstmis
          # 27 April 2025 was a Sunday: EXDATE drops it, RDATE gives the Saturday; Bevrijdingsdag every 5 years
          2025-01-01 | 2025-12-31 | 2025-01-01 Nieuwjaarsdag, 2025-04-26 Koningsdag, 2025-05-05 Bevrijdingsdag, 2025-12-25 Kerstmis, 2025-12-26 Kerstmis
          # Kerstmis repeats UNTIL 2027-12-31
          2028-01-01 | 2028-12-31 | 2028-01-01 Nieuwjaarsdag, 2028-04-27 Koningsdag
          2031-04-01 | 2031-04-30 | 2031-04-26 Koningsdag
          # a range that starts on the second day of a two-day event still gets that day
          2026-12-26 | 2027-01-01 | 2026-12-26 Kerstmis, 2027-01-01 Nieuwjaarsdag
          # one day
          2026-04-27 | 2026-04-27 | 2026-04-27 Koningsdag
          """)
  void expandsYearlyEventsWithinTheRange(String from, String to, String expected) {
    Result result = read("nl-holidays-yearly.ics", from, to);

    assertThat(lines(result)).containsExactly(expected.split(", "));
    assertThat(result.skipped()).isEmpty();
  }

  @ParameterizedTest(name = "JVM default zone {0}")
  @ValueSource(strings = {"Pacific/Kiritimati", "Pacific/Pago_Pago", "America/New_York", "UTC"})
  void aHolidayIsTheSameDateWhateverTheJvmDefaultZone(String zone) {
    TimeZone before = TimeZone.getDefault();
    try {
      TimeZone.setDefault(TimeZone.getTimeZone(zone));
      assertThat(lines(read("nl-holidays-yearly.ics", "2025-01-01", "2025-12-31")))
          .containsExactly(
              "2025-01-01 Nieuwjaarsdag",
              "2025-04-26 Koningsdag",
              "2025-05-05 Bevrijdingsdag",
              "2025-12-25 Kerstmis",
              "2025-12-26 Kerstmis");
      assertThat(lines(read("company-closures.ics", "2026-12-24", "2026-12-24")))
          .containsExactly("2026-12-24 Kerstsluiting / Kerstavond");
    } finally {
      TimeZone.setDefault(before);
    }
  }

  @Test
  void readsAClosureCalendarAndSaysWhatItLeftOut() {
    Result result = read("company-closures.ics", "2026-01-01", "2026-12-31");

    // Kerstsluiting runs 24 December to 1 January (DTEND 2 January is exclusive); Kerstavond, on
    // the same day as its first, is in Kiribati's zone and still on the 24th.
    assertThat(lines(result))
        .containsExactly(
            "2026-12-24 Kerstsluiting / Kerstavond",
            "2026-12-25 Kerstsluiting",
            "2026-12-26 Kerstsluiting",
            "2026-12-27 Kerstsluiting",
            "2026-12-28 Kerstsluiting",
            "2026-12-29 Kerstsluiting",
            "2026-12-30 Kerstsluiting",
            "2026-12-31 Kerstsluiting");
    assertThat(result.skipped())
        .extracting(Skipped::toString)
        .containsExactly(
            "2026-01-02 Vrijdagmiddagborrel: at a time of day (16:30-18:00 W. Europe Standard Time),"
                + " not a whole day: a holiday is a whole date; to shorten that day, give it its own"
                + " hours in the calendar; also on 51 more dates up to 2026-12-25",
            "2026-08-03 Zomersluiting: cancelled (STATUS:CANCELLED); also on 4 more dates up to"
                + " 2026-08-07",
            "2026-12-11 Team offsite: at a time of day (09:00-17:00 W. Europe Standard Time), not a"
                + " whole day: a holiday is a whole date; to shorten that day, give it its own hours"
                + " in the calendar",
            "2026-12-31 Oudejaarsmiddag: at a time of day (12:00-17:00 UTC), not a whole day: a"
                + " holiday is a whole date; to shorten that day, give it its own hours in the"
                + " calendar");
  }

  @Test
  void aMultiDayEventThatBeganBeforeTheRangeGivesItsRemainingDays() {
    Result result = read("company-closures.ics", "2027-01-01", "2027-01-31");

    assertThat(lines(result)).containsExactly("2027-01-01 Kerstsluiting");
  }

  @Test
  void twoEventsWithOneNameOnOneDateAreOneHolidayWithThatName() {
    Result result =
        read(
            calendar(
                wholeDay("20261225", "Eerste Kerstdag"),
                wholeDay("20261225", "Christmas Day"),
                wholeDay("20261225", "Eerste Kerstdag")));

    assertThat(result.holidays())
        .containsExactly(
            new Holiday(LocalDate.parse("2026-12-25"), "Eerste Kerstdag / Christmas Day"));
  }

  @Test
  void aCancelledOccurrenceOfARecurringEventIsLeftOutAndTheOthersKept() {
    // Google exports a changed occurrence as a second VEVENT with the UID and a RECURRENCE-ID.
    Result result =
        ICalendarHolidays.read(
            calendar(
                """
                BEGIN:VEVENT
                UID:sinterklaas@example.com
                SUMMARY:Sinterklaasmiddag
                DTSTART;VALUE=DATE:20241205
                RRULE:FREQ=YEARLY
                END:VEVENT
                BEGIN:VEVENT
                UID:sinterklaas@example.com
                RECURRENCE-ID;VALUE=DATE:20261205
                SUMMARY:Sinterklaasmiddag
                DTSTART;VALUE=DATE:20261205
                STATUS:CANCELLED
                END:VEVENT
                """),
            LocalDate.parse("2026-01-01"),
            LocalDate.parse("2027-12-31"));

    assertThat(lines(result)).containsExactly("2027-12-05 Sinterklaasmiddag");
    assertThat(result.skipped())
        .containsExactly(
            new Skipped(
                LocalDate.parse("2026-12-05"),
                "Sinterklaasmiddag",
                "cancelled (STATUS:CANCELLED)"));
  }

  @Test
  void aFileWithoutEventsHasNoHolidays() {
    Result result = read("no-events.ics", "2026-01-01", "2026-12-31");

    assertThat(result.holidays()).isEmpty();
    assertThat(result.skipped()).isEmpty();
  }

  static Stream<Arguments> malformed() {
    return Stream.of(
        Arguments.of("empty", "", "ics: the file is empty"),
        Arguments.of(
            "plain text",
            "hello world\n",
            "ics: not an iCalendar file: it must begin with BEGIN:VCALENDAR, but line 1 is 'hello"
                + " world'"),
        Arguments.of(
            "a calendar in JSON",
            "\n{\"name\": \"EMEA office\"}",
            "ics: not an iCalendar file: it must begin with BEGIN:VCALENDAR, but line 2 is"
                + " '{\"name\": \"EMEA office\"}'"),
        Arguments.of(
            "a vCard",
            "BEGIN:VCARD\nVERSION:4.0\nFN:Jan\nEND:VCARD\n",
            "ics: not an iCalendar file: it must begin with BEGIN:VCALENDAR, but line 1 is"
                + " 'BEGIN:VCARD'"),
        Arguments.of(
            "no END:VCALENDAR",
            "BEGIN:VCALENDAR\nVERSION:2.0\n",
            "ics: the file ends inside VCALENDAR (BEGIN:VCALENDAR at line 1 has no END:VCALENDAR):"
                + " it was cut short; export or download it again"),
        Arguments.of(
            "END of the wrong component",
            "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20261225\nEND:VCALENDAR\n",
            "line 4: END:VCALENDAR while VEVENT (BEGIN:VEVENT at line 2) has no END:VEVENT"),
        Arguments.of(
            "a line that is not NAME:value",
            calendar(wholeDay("20261225", "Kerst")).replace("SUMMARY:Kerst", "Kerst"),
            "line 4: not an iCalendar line NAME:value: 'Kerst'"),
        Arguments.of(
            "an unparsable date",
            calendar(wholeDay("2026122", "Kerst")),
            "line 3: DTSTART: could not parse date-time value ('DTSTART;VALUE=DATE:2026122')"),
        Arguments.of(
            "a date that does not exist",
            calendar(wholeDay("20260230", "Kerst")),
            "line 2: VEVENT 'Kerst': a date that does not exist: Invalid date 'FEBRUARY 30'"),
        Arguments.of(
            "an unparsable EXDATE",
            calendar(
                wholeDay("20261225", "Kerst")
                    .replace("END:VEVENT", "EXDATE;VALUE=DATE:christmas\nEND:VEVENT")),
            "line 5: EXDATE: could not parse date value ('EXDATE;VALUE=DATE:christmas')"),
        Arguments.of(
            "no DTSTART",
            calendar("BEGIN:VEVENT\nSUMMARY:Kerst\nEND:VEVENT\n"),
            "line 2: VEVENT 'Kerst' has no start date (DTSTART)"),
        Arguments.of(
            "DTEND before DTSTART",
            calendar(
                "BEGIN:VEVENT\nSUMMARY:Kerst\nDTSTART;VALUE=DATE:20261225\n"
                    + "DTEND;VALUE=DATE:20261224\nEND:VEVENT\n"),
            "line 2: VEVENT 'Kerst' ends (DTEND 2026-12-24) before it starts (2026-12-25)"),
        Arguments.of(
            "RRULE without FREQ",
            calendar(
                wholeDay("20261225", "Kerst")
                    .replace("END:VEVENT", "RRULE:BYMONTH=12\nEND:VEVENT")),
            "line 2: VEVENT 'Kerst': RRULE without FREQ (e.g. FREQ=YEARLY)"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformed")
  void rejectsAMalformedFileSayingWhatIsWrongAndWhere(String name, String ics, String problem) {
    assertThatThrownBy(() -> read(ics))
        .isInstanceOf(ValidationException.class)
        .hasMessage("invalid iCalendar file: " + problem);
  }

  @Test
  void aFileCutShortSaysSoBeforeItsPartialLastLine() {
    assertThatThrownBy(() -> read("truncated.ics", "2026-01-01", "2026-12-31"))
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            """
            invalid iCalendar file (2 problems):
              - ics: the file ends inside VEVENT (BEGIN:VEVENT at line 10 has no END:VEVENT): it \
            was cut short; export or download it again
              - line 14: not an iCalendar line NAME:value: 'SUMM'""");
  }

  @Test
  void rejectsTextThatIsNotUtf8() {
    byte[] utf16 = calendar(wholeDay("20261225", "Kerst")).getBytes(StandardCharsets.UTF_16);

    assertThatThrownBy(
            () -> ICalendarHolidays.read(new ByteArrayInputStream(utf16), JAN_1_2026, DEC_31_2026))
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            "invalid iCalendar file: ics: not an iCalendar file: it is not UTF-8 text (export or"
                + " save it as UTF-8)");
  }

  @Test
  void refusesAFileOverOneMegabyteWithoutReadingItAll() {
    // An endless stream: the read stops after the limit.
    InputStream endless =
        new InputStream() {
          @Override
          public int read() {
            return 'X';
          }

          @Override
          public int read(byte[] b, int off, int len) {
            Arrays.fill(b, off, off + len, (byte) 'X');
            return len;
          }
        };

    assertThatThrownBy(() -> ICalendarHolidays.read(endless, JAN_1_2026, DEC_31_2026))
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            "invalid iCalendar file: ics: the file is larger than 1 MB; a holiday calendar is much"
                + " smaller: export only the holidays, or a shorter period");
  }

  @Test
  void refusesMoreThanTenThousandEventsAndReadsTenThousand() {
    String event = wholeDay("20261225", "Kerst");

    assertThatThrownBy(() -> read(calendar(event.repeat(ICalendarHolidays.MAX_EVENTS + 1))))
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            "invalid iCalendar file: ics: the file has more than 10,000 events; a holiday calendar"
                + " has far fewer: export only the holidays");
    assertThat(lines(read(calendar(event.repeat(ICalendarHolidays.MAX_EVENTS)))))
        .containsExactly("2026-12-25 Kerst");
  }

  @ParameterizedTest(name = "{0} to {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          2026-12-31 | 2026-01-01 | to: the range ends (2026-01-01) before it starts (2026-12-31)
          2026-01-01 | 2036-01-02 | to: import at most 10 years of holidays at a time (2026-01-01 to 2036-01-01)
          """)
  void rejectsARangeThatEndsBeforeItStartsOrIsTooLong(String from, String to, String problem) {
    assertThatThrownBy(
            () ->
                ICalendarHolidays.read(
                    calendar(wholeDay("20261225", "Kerst")),
                    LocalDate.parse(from),
                    LocalDate.parse(to)))
        .isInstanceOf(ValidationException.class)
        .hasMessage("invalid iCalendar file: " + problem);
  }

  @Test
  void aDailyEventOverTenYearsIsExpandedAndAnHourlyWholeDayEventIsNot() {
    Result result =
        ICalendarHolidays.read(
            calendar(
                wholeDay("20000101", "Every day")
                        .replace("END:VEVENT", "RRULE:FREQ=DAILY\nEND:VEVENT")
                    + wholeDay("20260101", "Every hour")
                        .replace("END:VEVENT", "RRULE:FREQ=HOURLY\nEND:VEVENT")),
            LocalDate.parse("2026-01-01"),
            LocalDate.parse("2036-01-01"));

    // 3,652 days in ten years with two leap days, and the last day of the range
    assertThat(result.holidays()).hasSize(3653);
    assertThat(result.holidays().get(3652).date()).isEqualTo(LocalDate.parse("2036-01-01"));
    assertThat(result.skipped())
        .containsExactly(
            new Skipped(
                LocalDate.parse("2026-01-01"),
                "Every hour",
                "a whole-day event that repeats hourly (RRULE FREQ=HOURLY); a holiday repeats daily"
                    + " at most"));
  }

  @Test
  void anEventWithoutDtendLastsItsDuration() {
    Result result =
        read(
            calendar(
                wholeDay("20260803", "Zomersluiting")
                    .replace("END:VEVENT", "DURATION:P1W\nEND:VEVENT")));

    assertThat(result.holidays()).extracting(Holiday::date).hasSize(7);
    assertThat(result.holidays().get(6).date()).isEqualTo(LocalDate.parse("2026-08-09"));
  }

  @Test
  void aRuleWithTooManyStepsBeforeTheRangeIsSkippedNotExpanded() {
    // Counted from 1990, a daily rule passes 10,000 occurrences before 2026.
    Result result =
        read(
            calendar(
                wholeDay("19900101", "Every day")
                    .replace("END:VEVENT", "RRULE:FREQ=DAILY;COUNT=20000\nEND:VEVENT")));

    assertThat(result.holidays()).isEmpty();
    assertThat(result.skipped())
        .containsExactly(
            new Skipped(
                JAN_1_2026,
                "Every day",
                "repeats more than 10,000 times before 2026-12-31; a holiday repeats far less"
                    + " often"));
  }

  @Test
  void expandsRulesByWeekdayLikeThanksgiving() {
    Result result =
        ICalendarHolidays.read(
            calendar(
                wholeDay("20201126", "Thanksgiving")
                    .replace("END:VEVENT", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=4TH\nEND:VEVENT")),
            LocalDate.parse("2026-01-01"),
            LocalDate.parse("2028-12-31"));

    assertThat(lines(result))
        .containsExactly(
            "2026-11-26 Thanksgiving", "2027-11-25 Thanksgiving", "2028-11-23 Thanksgiving");
  }

  // --- merging into a calendar ---

  @Test
  void mergesTheDutchHolidaysIntoTheHelpdeskEmeaCalendar() throws IOException {
    ObjectNode emea = emeaOffice();
    String before = emea.toString();
    Result dutch = read("nl-holidays-2026.ics", "2026-01-01", "2026-12-31");

    Merged merged = ICalendarHolidays.withHolidays(emea, dutch);

    assertThat(emea.toString()).as("the input is not changed").isEqualTo(before);
    BusinessCalendar expected =
        CalendarJson.parse(
            """
            {"name": "EMEA office", "zone": "Europe/Amsterdam",
             "hours": {"MON": ["09:00-17:30"], "TUE": ["09:00-17:30"], "WED": ["09:00-17:30"],
                       "THU": ["09:00-17:30"], "FRI": ["09:00-17:30"]},
             "holidays": ["2026-01-01", "2026-04-03", "2026-04-05", "2026-04-06", "2026-04-27",
                          "2026-05-05", "2026-05-14", "2026-05-24", "2026-05-25", "2026-12-24",
                          "2026-12-25", "2026-12-26"]}
            """);
    assertThat(CalendarJson.read(merged.calendar())).isEqualTo(expected);
    assertThat(merged.added())
        .extracting(h -> h.date() + " " + h.name())
        .containsExactly(
            "2026-04-05 Eerste Paasdag",
            "2026-05-05 Bevrijdingsdag",
            "2026-05-14 Hemelvaartsdag",
            "2026-05-24 Eerste Pinksterdag",
            "2026-05-25 Tweede Pinksterdag");
    assertThat(merged.notAdded())
        .extracting(Skipped::toString)
        .containsExactly(
            "2026-01-01 Nieuwjaarsdag: already a holiday (holidays[0])",
            "2026-04-03 Goede Vrijdag: already a holiday (holidays[1])",
            "2026-04-06 Tweede Paasdag: already a holiday (holidays[2])",
            "2026-04-27 Koningsdag: already a holiday (holidays[3])",
            "2026-12-25 Eerste Kerstdag: already a holiday (holidays[5])",
            "2026-12-26 Tweede Kerstdag: already a holiday (holidays[6])");
    assertThat(merged.calendar().get("holidays").get(2).asText())
        .as("holidays sorted by date")
        .isEqualTo("2026-04-05");
  }

  @Test
  void keepsAHalfDayAndAnExtraWorkingDayAsTheAdministratorWroteThem() {
    ObjectNode calendar =
        (ObjectNode)
            Json.parse(
                """
                {"name": "Amsterdam office", "zone": "Europe/Amsterdam",
                 "hours": {"MON": ["09:00-17:00"], "TUE": ["09:00-17:00"], "WED": ["09:00-17:00"],
                           "THU": ["09:00-17:00"], "FRI": ["09:00-17:00"]},
                 "holidays": [{"date": "2026-12-24", "hours": ["09:00-12:00"]}],
                 "workingDays": [{"date": "2026-12-27", "hours": ["10:00-14:00"]}]}
                """,
                "calendar");
    Result closure = read("company-closures.ics", "2026-12-24", "2026-12-28");

    Merged merged = ICalendarHolidays.withHolidays(calendar, closure);

    assertThat(merged.notAdded())
        .extracting(Skipped::toString)
        .containsExactly(
            "2026-12-24 Kerstsluiting / Kerstavond: already a holiday with its own hours"
                + " 09:00-12:00 (holidays[0]), kept as it is",
            "2026-12-27 Kerstsluiting: an extra working day in the calendar (workingDays[0]),"
                + " kept as a working day");
    BusinessCalendar read = CalendarJson.read(merged.calendar());
    assertThat(read.holidays().keySet())
        .extracting(LocalDate::toString)
        .containsExactly("2026-12-24", "2026-12-25", "2026-12-26", "2026-12-28");
    assertThat(read.holidays().get(LocalDate.parse("2026-12-24"))).hasSize(1);
    assertThat(read.workingDays()).containsKey(LocalDate.parse("2026-12-27"));
  }

  @Test
  void addsAHolidaysListToACalendarThatHadNone() {
    ObjectNode calendar =
        (ObjectNode)
            Json.parse("{\"name\": \"24/7\", \"zone\": \"UTC\", \"hours\": \"24/7\"}", "c");

    Merged merged =
        ICalendarHolidays.withHolidays(calendar, read(calendar(wholeDay("20261225", "Kerst"))));

    assertThat(CalendarJson.read(merged.calendar()).holidays())
        .containsOnlyKeys(LocalDate.parse("2026-12-25"));
  }

  @Test
  void refusesToMergeIntoAnInvalidCalendar() {
    ObjectNode calendar = (ObjectNode) Json.parse("{\"name\": \"x\", \"zone\": \"UTC\"}", "c");

    assertThatThrownBy(
            () ->
                ICalendarHolidays.withHolidays(
                    calendar, read(calendar(wholeDay("20261225", "Kerst")))))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("hours: required");
  }

  static ObjectNode emeaOffice() throws IOException {
    for (var calendar : Json.parse(PolicyJsonTest.exampleFile(), "policies").get("calendars")) {
      if (calendar.get("name").asText().equals("EMEA office")) {
        return (ObjectNode) calendar;
      }
    }
    throw new AssertionError("no EMEA office in examples/helpdesk/policies.json");
  }

  static String calendar(String... events) {
    return "BEGIN:VCALENDAR\n" + String.join("", events) + "END:VCALENDAR\n";
  }

  static String wholeDay(String date, String summary) {
    return "BEGIN:VEVENT\nDTSTART;VALUE=DATE:" + date + "\nSUMMARY:" + summary + "\nEND:VEVENT\n";
  }
}

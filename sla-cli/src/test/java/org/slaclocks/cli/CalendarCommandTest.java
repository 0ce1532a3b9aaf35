package org.slaclocks.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalendarCommandTest {
  static final String NINE_TO_FIVE =
      "{\"name\":\"9-17\",\"zone\":\"Europe/Amsterdam\",\"hours\":{\"MON\":[\"09:00-17:00\"],"
          + "\"TUE\":[\"09:00-17:00\"],\"WED\":[\"09:00-17:00\"],\"THU\":[\"09:00-17:00\"],"
          + "\"FRI\":[\"09:00-17:00\"]}}";

  @TempDir Path dir;

  record Run(int status, String out, String err) {}

  static Run sla(String stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status =
        SlaCommand.run(
            new StringReader(stdin), new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(status, out.toString(), err.toString());
  }

  private Path calendarFile(String json) throws IOException {
    Path file = dir.resolve("calendar.json");
    Files.writeString(file, json);
    return file;
  }

  @Test
  void printsTheDeadlineInUtc() throws IOException {
    Run run =
        sla(
            "",
            "calendar",
            "deadline",
            "--calendar",
            calendarFile(NINE_TO_FIVE).toString(),
            "--start",
            "2026-01-05T16:00:00+01:00",
            "--duration",
            "PT8H");

    assertThat(run.status()).isZero();
    assertThat(run.out()).isEqualTo("2026-01-06T15:00:00Z" + System.lineSeparator());
  }

  @Test
  void printsWorkingTimeAsDurationAndSeconds() throws IOException {
    Run run =
        sla(
            "",
            "calendar",
            "working-time",
            "--calendar",
            calendarFile(NINE_TO_FIVE).toString(),
            "--from",
            "2026-01-09T16:00:00+01:00",
            "--to",
            "2026-01-12T10:00:00Z");

    assertThat(run.status()).isZero();
    assertThat(run.out().trim()).isEqualTo("PT3H (10800 seconds)");
  }

  @Test
  void answersEveryBatchLineInOrderAndGoesOnAfterABadOne() {
    String stdin =
        String.join(
            "\n",
            "{\"calendar\": "
                + NINE_TO_FIVE
                + ", \"op\": \"deadline\", \"start\": \"2026-01-06T08:00:00Z\", \"duration\": \"PT2H\"}",
            "{\"calendar\": "
                + NINE_TO_FIVE
                + ", \"op\": \"working-time\", \"from\": \"2026-01-06T08:00:00Z\", \"to\": \"2026-01-06T10:00:00Z\"}",
            "not json",
            "{\"calendar\": "
                + NINE_TO_FIVE
                + ", \"op\": \"deadline\", \"start\": \"2026-01-06 09:00\", \"duration\": \"PT2H\"}",
            "{\"calendar\": {\"name\":\"x\",\"zone\":\"Nowhere/City\",\"hours\":\"24/7\"},"
                + " \"op\": \"deadline\", \"start\": \"2026-01-06T08:00:00Z\", \"duration\": \"PT2H\"}",
            "",
            "{\"calendar\": " + NINE_TO_FIVE + ", \"op\": \"sleep\"}",
            "{\"calendar\": "
                + NINE_TO_FIVE
                + ", \"op\": \"working-time\", \"from\": \"2026-01-06T08:00:00.5Z\", \"to\": \"2026-01-06T10:00:00Z\"}");

    Run run = sla(stdin, "calendar", "--batch");

    assertThat(run.status()).isZero();
    assertThat(run.out().lines())
        .containsExactly(
            "{\"deadline\":\"2026-01-06T10:00:00Z\"}",
            "{\"seconds\":7200}",
            "{\"error\":\"line 3: invalid request: malformed JSON at line 1, column 1: Unrecognized token 'not': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')\"}",
            "{\"error\":\"line 4: start: '2026-01-06 09:00' is not an instant; write an ISO-8601 date and time with an offset or Z, for example 2026-01-05T16:00:00+01:00 or 2026-01-05T15:00:00Z\"}",
            "{\"error\":\"line 5: invalid calendar 'x': zone: unknown time zone 'Nowhere/City': use a region ID of the IANA time zone database such as Europe/Amsterdam\"}",
            "{\"error\":\"line 7: unknown op 'sleep': use deadline or working-time\"}",
            "{\"seconds\":7199.5}");
  }

  @Test
  void badArgumentsExitNonZeroWithUsage() throws IOException {
    Run missing = sla("", "calendar", "deadline", "--start", "2026-01-05T16:00:00Z");
    assertThat(missing.status()).isEqualTo(2);
    assertThat(missing.err())
        .contains("Missing required options")
        .contains("Usage: sla calendar deadline");

    Run badDuration =
        sla(
            "",
            "calendar",
            "deadline",
            "--calendar",
            calendarFile(NINE_TO_FIVE).toString(),
            "--start",
            "2026-01-05T16:00:00Z",
            "--duration",
            "8 hours");
    assertThat(badDuration.status()).isEqualTo(2);
    assertThat(badDuration.err())
        .contains("--duration: '8 hours' is not a duration")
        .contains("Usage:");

    Run noCommand = sla("", "calendar");
    assertThat(noCommand.status()).isEqualTo(2);
    assertThat(noCommand.err()).contains("give a command (deadline, working-time) or --batch");
  }

  @Test
  void aBrokenCalendarFileFailsWithItsProblems() throws IOException {
    Run run =
        sla(
            "",
            "calendar",
            "deadline",
            "--calendar",
            calendarFile("{\"name\":\"x\",\"zone\":\"UTC\",\"hours\":{\"MON\":[]}}").toString(),
            "--start",
            "2026-01-05T16:00:00Z",
            "--duration",
            "PT1H");

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).contains("hours: the calendar has no working time");
  }

  @Test
  void aMissingCalendarFileIsNamed() {
    Run run =
        sla(
            "",
            "calendar",
            "working-time",
            "--calendar",
            dir.resolve("nope.json").toString(),
            "--from",
            "2026-01-05T16:00:00Z",
            "--to",
            "2026-01-05T17:00:00Z");
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).contains("nope.json does not exist");
  }
}

package org.slaclocks.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code deadline} and {@code workingTime} checked against each other and against a slow reference
 * that walks day by day, on random instants over several years, for calendars with DST, lunch
 * breaks, overnight shifts and holidays. Seeded: a failure reproduces.
 */
class CalendarPropertiesTest {
  private static final int CASES = 2_000;
  private static final long SPAN_START = Instant.parse("2018-01-01T00:00:00Z").getEpochSecond();
  private static final long SPAN_SECONDS = 10L * 365 * 86_400;

  static Stream<BusinessCalendar> calendars() {
    return Stream.of(
        Calendars.nineToFive("Europe/Amsterdam"),
        Calendars.amsterdamOffice(),
        Calendars.nightShift("America/New_York"),
        Calendars.withLunchAndHolidays("Australia/Sydney"),
        Calendars.allDay("America/Sao_Paulo"),
        Calendars.weekdays("Europe/London", "00:30-02:30", "23:00-00:15")
            .holiday("2024-03-31", List.of("01:30-03:00"))
            .build(),
        BusinessCalendar.twentyFourSeven("24/7"));
  }

  @ParameterizedTest
  @MethodSource("calendars")
  void workingTimeUpToTheDeadlineIsTheDuration(BusinessCalendar calendar) {
    SplittableRandom random = new SplittableRandom(calendar.name().hashCode());
    for (int i = 0; i < CASES; i++) {
      Instant start = randomInstant(random);
      Duration duration = randomDuration(random);

      Instant deadline = calendar.deadline(start, duration);

      assertThat(calendar.workingTime(start, deadline))
          .as("%s + %s", start, duration)
          .isEqualTo(duration);
      assertThat(deadline).isAfterOrEqualTo(calendar.nextWorkingInstant(start));
      if (!duration.isZero()) {
        // earliest: a nanosecond earlier there is less working time
        assertThat(calendar.workingTime(start, deadline.minusNanos(1)))
            .as("%s + %s", start, duration)
            .isLessThan(duration);
        assertThat(calendar.isWorkingTime(deadline.minusNanos(1))).isTrue();
      }
    }
  }

  @ParameterizedTest
  @MethodSource("calendars")
  void workingTimeAgreesWithADayByDayReference(BusinessCalendar calendar) {
    SplittableRandom random = new SplittableRandom(31L * calendar.name().hashCode());
    for (int i = 0; i < CASES; i++) {
      Instant from = randomInstant(random);
      Instant to = from.plusSeconds(random.nextLong(0, 90L * 86_400));

      assertThat(calendar.workingTime(from, to))
          .as("%s .. %s", from, to)
          .isEqualTo(reference(calendar, from, to));
    }
  }

  @ParameterizedTest
  @MethodSource("calendars")
  void workingTimeAddsUpOverConsecutiveRanges(BusinessCalendar calendar) {
    SplittableRandom random = new SplittableRandom(7L * calendar.name().hashCode());
    for (int i = 0; i < CASES; i++) {
      Instant a = randomInstant(random);
      Instant b = a.plusSeconds(random.nextLong(0, 800L * 86_400));
      Instant c = b.plusSeconds(random.nextLong(0, 800L * 86_400));

      assertThat(calendar.workingTime(a, c))
          .isEqualTo(calendar.workingTime(a, b).plus(calendar.workingTime(b, c)));
    }
  }

  private static Instant randomInstant(SplittableRandom random) {
    // whole minutes most of the time (as Jira stores them, often on the hour), sometimes with nanos
    long second = SPAN_START + random.nextLong(SPAN_SECONDS);
    return switch (random.nextInt(3)) {
      case 0 -> Instant.ofEpochSecond(second - second % 3600);
      case 1 -> Instant.ofEpochSecond(second);
      default -> Instant.ofEpochSecond(second, random.nextInt(1_000_000_000));
    };
  }

  private static Duration randomDuration(SplittableRandom random) {
    return switch (random.nextInt(4)) {
      case 0 -> Duration.ZERO.plusMinutes(random.nextInt(0, 8 * 60));
      case 1 -> Duration.ofHours(random.nextInt(1, 300));
      case 2 -> Duration.ofSeconds(random.nextLong(1, 3_000_000));
      default -> Duration.ofNanos(random.nextLong(1, 5_000_000_000_000L));
    };
  }

  /** Working time by listing every period of every day in range as instants: slow and obvious. */
  static Duration reference(BusinessCalendar calendar, Instant from, Instant to) {
    if (!to.isAfter(from)) {
      return Duration.ZERO;
    }
    ZoneId zone = calendar.zone();
    List<Instant[]> spans = new ArrayList<>();
    LocalDate last = LocalDate.ofInstant(to, zone).plusDays(1);
    for (LocalDate day = LocalDate.ofInstant(from, zone).minusDays(2);
        !day.isAfter(last);
        day = day.plusDays(1)) {
      for (WorkingPeriod p : calendar.periodsOn(day)) {
        Instant s =
            ZonedDateTime.ofLocal(day.atStartOfDay().plusMinutes(p.startMinute()), zone, null)
                .toInstant();
        Instant e =
            ZonedDateTime.ofLocal(day.atStartOfDay().plusMinutes(p.endMinute()), zone, null)
                .toInstant();
        s = s.isBefore(from) ? from : s;
        e = e.isAfter(to) ? to : e;
        if (s.isBefore(e)) {
          spans.add(new Instant[] {s, e});
        }
      }
    }
    spans.sort(Comparator.comparing(span -> span[0]));
    Duration total = Duration.ZERO;
    Instant covered = from;
    for (Instant[] span : spans) {
      Instant s = span[0].isBefore(covered) ? covered : span[0];
      if (span[1].isAfter(s)) {
        total = total.plus(Duration.between(s, span[1]));
        covered = span[1];
      }
    }
    return total;
  }
}

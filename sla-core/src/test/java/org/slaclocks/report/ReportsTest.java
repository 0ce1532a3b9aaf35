package org.slaclocks.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.slaclocks.report.ReportCycles.AMSTERDAM;
import static org.slaclocks.report.ReportCycles.at;
import static org.slaclocks.report.ReportCycles.breached;
import static org.slaclocks.report.ReportCycles.met;
import static org.slaclocks.report.ReportCycles.paused;
import static org.slaclocks.report.ReportCycles.row;
import static org.slaclocks.report.ReportCycles.running;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Compliance by dimension, the weekly trend, the heat map and the clocks about to breach. */
class ReportsTest {
  static final String NOW = "2026-04-02T12:00:00Z";

  /** Two weeks around the change to summer time (29 March 2026) in Amsterdam. */
  static final Period TWO_WEEKS =
      Period.ofDays(LocalDate.parse("2026-03-23"), LocalDate.parse("2026-04-06"), AMSTERDAM);

  static final List<ReportCycle> CYCLES =
      List.of(
          row("HELP-1", "ttr", met("2026-03-23T08:00:00Z", "2026-03-23T10:00:00Z"), "High"),
          // Friday 27 March, 09:30 CET
          row("HELP-2", "ttr", breached("2026-03-27T00:30:00Z", "2026-03-27T12:00:00Z"), "High"),
          // stops at 01:30 CEST on Monday 30 March: week 14 in Amsterdam, week 13 in UTC
          row("HELP-3", "ttr", met("2026-03-29T20:00:00Z", "2026-03-29T23:30:00Z"), "Highest"),
          // breaches on Monday 30 March at 09:30 CEST, still open at now
          row("HELP-4", "ttr", running("2026-03-29T23:30:00Z", NOW), "Highest"),
          row("HELP-5", "ttfr", running("2026-04-02T06:00:00Z", NOW), null),
          row("HELP-6", "ttfr", running("2026-04-02T05:00:00Z", NOW), "Low"),
          row("HELP-7", "ttfr", paused("2026-04-01T05:00:00Z"), "Low"),
          // outside the period
          row("HELP-8", "ttr", met("2026-03-10T08:00:00Z", "2026-03-10T09:00:00Z"), "High"));

  static final List<String> ORDER = List.of("p/ttfr", "p/ttr");

  @Test
  void breaksComplianceDownByThePriorityAtTheCyclesStart() {
    List<ComplianceReport.Row> rows =
        ComplianceReport.of(CYCLES, TWO_WEEKS, Dimension.field("Priority"), ORDER);

    assertThat(rows)
        .extracting(r -> r.metricId() + " " + r.value() + " " + r.counts())
        .containsExactly(
            "ttfr (none) " + new ComplianceCounts(1, 0, 0, 1, 0, 0, 0),
            "ttfr Low " + new ComplianceCounts(2, 0, 0, 1, 1, 0, 0),
            "ttr High " + new ComplianceCounts(2, 1, 1, 0, 0, 0, 0),
            "ttr Highest " + new ComplianceCounts(2, 1, 0, 1, 0, 1, 0));
    assertThat(rows.get(3).counts().compliancePercent()).isEqualTo(50.0);
  }

  @Test
  void withoutADimensionGivesOneLinePerMetric() {
    List<ComplianceReport.Row> rows = ComplianceReport.of(CYCLES, TWO_WEEKS, Dimension.NONE, ORDER);

    assertThat(rows).extracting(ComplianceReport.Row::metricId).containsExactly("ttfr", "ttr");
    assertThat(rows.get(1).counts()).isEqualTo(new ComplianceCounts(4, 2, 1, 1, 0, 1, 0));
  }

  @Test
  void anEmptyPeriodHasNoLinesEmptyWeeksAndNoBreaches() {
    Period empty =
        Period.ofDays(LocalDate.parse("2026-01-05"), LocalDate.parse("2026-01-12"), AMSTERDAM);

    assertThat(ComplianceReport.of(CYCLES, empty, Dimension.POLICY, ORDER)).isEmpty();
    assertThat(WeeklyTrend.of(CYCLES, empty, AMSTERDAM, ORDER))
        .extracting(r -> r.week() + " " + r.metricId() + " " + r.met() + "/" + r.breached())
        .containsExactly("2026-W02 ttfr 0/0", "2026-W02 ttr 0/0");
    assertThat(WeeklyTrend.of(CYCLES, empty, AMSTERDAM, ORDER).get(0).compliancePercent()).isNull();
    assertThat(BreachHeatMap.of(CYCLES, empty).total()).isZero();
  }

  @Test
  void putsEachOutcomeInItsIsoWeekInTheGivenZone() {
    assertThat(WeeklyTrend.of(CYCLES, TWO_WEEKS, AMSTERDAM, ORDER))
        .extracting(
            r ->
                r.week()
                    + " "
                    + r.monday()
                    + " "
                    + r.metricId()
                    + " "
                    + r.met()
                    + "/"
                    + r.breached())
        .containsExactly(
            "2026-W13 2026-03-23 ttfr 0/0",
            "2026-W13 2026-03-23 ttr 1/1",
            "2026-W14 2026-03-30 ttfr 0/0",
            "2026-W14 2026-03-30 ttr 1/1");
    // in UTC, HELP-3 stopped on Sunday: week 13
    assertThat(WeeklyTrend.of(CYCLES, TWO_WEEKS, ZoneOffset.UTC, ORDER))
        .extracting(r -> r.week() + " " + r.metricId() + " " + r.met() + "/" + r.breached())
        .contains("2026-W13 ttr 2/1", "2026-W14 ttr 0/1");
  }

  @Test
  void placesBreachesAtTheirLocalWeekdayAndHourAcrossTheChangeOfTime() {
    BreachHeatMap map = BreachHeatMap.of(CYCLES, TWO_WEEKS);

    assertThat(map.total()).isEqualTo(2);
    // 08:30 UTC on Friday is 09:30 CET; 07:30 UTC on Monday is 09:30 CEST
    assertThat(map.count(DayOfWeek.FRIDAY, 9)).isEqualTo(1);
    assertThat(map.count(DayOfWeek.MONDAY, 9)).isEqualTo(1);
    assertThat(map.count(DayOfWeek.MONDAY, 7)).isZero();
    assertThat(map.max()).isEqualTo(1);
  }

  @Test
  void listsRunningClocksSoonestBreachFirst() {
    List<AboutToBreach.Row> rows = AboutToBreach.of(CYCLES, at(NOW), 10);

    assertThat(rows)
        .extracting(r -> r.issueKey() + " " + r.deadline() + " " + r.remaining())
        .containsExactly(
            "HELP-6 2026-04-02T13:00:00Z " + Duration.ofHours(1),
            "HELP-5 2026-04-02T14:00:00Z " + Duration.ofHours(2));
    assertThat(AboutToBreach.of(CYCLES, at(NOW), 1)).hasSize(1);
  }
}

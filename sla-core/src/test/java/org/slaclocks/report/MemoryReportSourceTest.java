package org.slaclocks.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.slaclocks.report.ReportCycles.breached;
import static org.slaclocks.report.ReportCycles.met;
import static org.slaclocks.report.ReportCycles.row;
import static org.slaclocks.report.ReportsTest.CYCLES;
import static org.slaclocks.report.ReportsTest.NOW;
import static org.slaclocks.report.ReportsTest.ORDER;
import static org.slaclocks.report.ReportsTest.TWO_WEEKS;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The reports over cycles in memory, scoped by project and by a filter's issues. */
class MemoryReportSourceTest {
  static final List<ReportCycle> TWO_PROJECTS = new ArrayList<>(CYCLES);

  static {
    TWO_PROJECTS.add(
        row("OPS-9", "ttr", breached("2026-03-24T08:00:00Z", "2026-03-24T20:00:00Z"), "High"));
    TWO_PROJECTS.add(
        row("OPS-10", "ttr", met("2026-03-24T08:00:00Z", "2026-03-24T09:00:00Z"), "High"));
  }

  final MemoryReportSource source = new MemoryReportSource(TWO_PROJECTS);

  @Test
  void givesTheFiguresOfTheCoreReportsOverTheProjectsInScope() {
    ReportScope help = ReportScope.projects(Set.of("HELP"));

    assertThat(source.compliance(help, TWO_WEEKS, Dimension.NONE, ORDER))
        .isEqualTo(ComplianceReport.of(CYCLES, TWO_WEEKS, Dimension.NONE, ORDER));
    assertThat(source.trend(help, TWO_WEEKS, ReportCycles.AMSTERDAM, ORDER))
        .isEqualTo(WeeklyTrend.of(CYCLES, TWO_WEEKS, ReportCycles.AMSTERDAM, ORDER));
    assertThat(source.heatMap(help, TWO_WEEKS).total())
        .isEqualTo(BreachHeatMap.of(CYCLES, TWO_WEEKS).total());
    assertThat(source.aboutToBreach(help, Instant.parse(NOW), 10))
        .isEqualTo(AboutToBreach.of(CYCLES, Instant.parse(NOW), 10));
  }

  @Test
  void countsOnlyTheFiltersIssuesOfTheProjects() {
    // OPS-9 is in the filter but OPS is not a project in scope (the viewer may not browse it)
    ReportScope filter = new ReportScope(Set.of("HELP"), Set.of(1L, 2L, 9L));

    List<ComplianceReport.Row> rows = source.compliance(filter, TWO_WEEKS, Dimension.NONE, ORDER);

    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).counts()).isEqualTo(new ComplianceCounts(2, 1, 1, 0, 0, 0, 0));
    assertThat(source.heatMap(filter, TWO_WEEKS).total()).isEqualTo(1);
  }

  @Test
  void anEmptyScopeHasNoFigures() {
    ReportScope nothing = ReportScope.projects(Set.of());

    assertThat(nothing.isEmpty()).isTrue();
    assertThat(source.compliance(nothing, TWO_WEEKS, Dimension.NONE, ORDER)).isEmpty();
    assertThat(source.heatMap(nothing, TWO_WEEKS).total()).isZero();
    assertThat(new ReportScope(Set.of("HELP"), Set.of()).isEmpty()).isTrue();
  }

  @Test
  void listsTheCustomersACreditPolicyCountedInThePeriod() {
    var policy =
        CustomerStatementTest.policy(
            "{\"customerField\": \"Organization\", \"monthlyFee\": 2000, "
                + CustomerStatementTest.RULES
                + "}");

    assertThat(source.customers(ReportScope.projects(Set.of("HELP", "OPS")), policy, TWO_WEEKS))
        .containsExactly("Acme Corp");
  }
}

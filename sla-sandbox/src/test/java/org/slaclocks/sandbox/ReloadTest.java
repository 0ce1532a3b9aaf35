package org.slaclocks.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.java.ao.RawEntity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slaclocks.jira.persistence.AoCycleSum;
import org.slaclocks.jira.persistence.AoIssueClocks;
import org.slaclocks.jira.persistence.AoReportSource;
import org.slaclocks.jira.persistence.AoSchema;
import org.slaclocks.report.Dimension;
import org.slaclocks.report.Period;
import org.slaclocks.report.ReportScope;

/**
 * Starting again on the same data directory finds what was stored, and adds nothing; started on
 * other exports, it keeps nothing of the issues only the earlier ones had.
 */
class ReloadTest {
  private static final Instant NOW = Instant.parse("2026-05-04T08:00:00Z");

  @TempDir Path data;

  @Test
  void loadingTheSameExportTwiceIntoOneDataDirectoryDuplicatesNothing() {
    Snapshot first = load();
    Snapshot second = load();
    assertThat(first.rows().get("AoIssueClocks")).isEqualTo(360); // 300 HELP and 60 OPS issues
    assertThat(first.rows().values()).anyMatch(n -> n > 360); // the clocks themselves
    assertThat(second).isEqualTo(first);
  }

  @Test
  void startingOnOtherExportsForgetsTheIssuesOfTheEarlierOnes() {
    ReportScope ops = new ReportScope(Set.of("OPS"), null);
    Period april = new Period(Instant.parse("2026-04-01T00:00:00Z"), NOW);
    try (SandboxDatabase db = SandboxDatabase.open(data)) {
      SandboxTracking both = store(db, Samples.helpdesk());
      assertThat(reports(db, both).compliance(ops, april, Dimension.NONE, List.of())).isNotEmpty();
    }
    try (SandboxDatabase db = SandboxDatabase.open(data)) {
      // the helpdesk alone: the operations desk's 60 issues are no export's any more
      SandboxTracking help =
          store(db, SandboxInput.read(Samples.POLICIES, List.of(Samples.ISSUES)));

      assertThat(db.activeObjects().count(AoIssueClocks.class)).isEqualTo(300);
      assertThat(reports(db, help).compliance(ops, april, Dimension.NONE, List.of())).isEmpty();
    }
  }

  /**
   * A data directory written before model version 7 has cycle rows but no monthly sums; opened
   * again, its stopped cycles are summed, so that a report over a whole month (read from the sums)
   * counts them as before.
   */
  @Test
  void aDataDirectoryWithoutMonthlySumsGetsThemWhenOpened() {
    ReportScope all = new ReportScope(Set.of("HELP", "OPS"), null);
    Period april =
        new Period(Instant.parse("2026-04-01T00:00:00Z"), Instant.parse("2026-05-01T00:00:00Z"));
    Object before;
    try (SandboxDatabase db = SandboxDatabase.open(data)) {
      SandboxTracking tracking = store(db, Samples.helpdesk());
      before = reports(db, tracking).compliance(all, april, Dimension.POLICY, List.of());
      assertThat(db.activeObjects().count(AoCycleSum.class)).isPositive();
      db.activeObjects().deleteWithSQL(AoCycleSum.class, "ID > ?", 0L); // as version 6 left it
    }
    try (SandboxDatabase db = SandboxDatabase.open(data)) {
      SandboxTracking tracking = store(db, Samples.helpdesk());
      assertThat(reports(db, tracking).compliance(all, april, Dimension.POLICY, List.of()))
          .isNotEmpty()
          .isEqualTo(before);
    }
  }

  private static SandboxTracking store(SandboxDatabase db, SandboxInput input) {
    SandboxTracking tracking = new SandboxTracking(db.activeObjects(), input.issues());
    tracking.install(input, NOW);
    tracking.computeAll(NOW);
    return tracking;
  }

  private static AoReportSource reports(SandboxDatabase db, SandboxTracking tracking) {
    return new AoReportSource(
        db.activeObjects(),
        tracking.clocks(),
        tracking.configuration().get()::calendar,
        Clock.fixed(NOW, ZoneOffset.UTC),
        tracking::exclusionsInForce);
  }

  @Test
  void tablesAreNamedAsJiraNamesAnAppsTables() {
    try (SandboxDatabase db = SandboxDatabase.open(data)) {
      assertThat(db.tableName(org.slaclocks.jira.persistence.AoClock.class))
          .matches("AO_[0-9A-F]{6}_CLOCK");
    }
  }

  /** Row counts per table, the configuration revision, and every issue's stored version. */
  private record Snapshot(Map<String, Integer> rows, long revision, Map<Long, Long> versions) {}

  @SuppressWarnings({"unchecked", "rawtypes"}) // AO's count wants the key type
  private Snapshot load() {
    try (SandboxDatabase db = SandboxDatabase.open(data)) {
      SandboxInput input = Samples.helpdesk();
      SandboxTracking tracking = new SandboxTracking(db.activeObjects(), input.issues());
      tracking.install(input, NOW);
      tracking.computeAll(NOW);
      Map<String, Integer> rows = new LinkedHashMap<>();
      for (Class<? extends RawEntity<?>> entity : AoSchema.entities()) {
        rows.put(entity.getSimpleName(), db.activeObjects().count((Class) entity));
      }
      List<Long> ids = input.issues().all().stream().map(LoadedIssues.Issue::id).toList();
      return new Snapshot(
          rows, tracking.configuration().get().version(), tracking.clocks().versions(ids));
    }
  }
}

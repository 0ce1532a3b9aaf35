package org.slaclocks.cli.replay;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.slaclocks.cli.jira.ExportIssue;
import org.slaclocks.cli.jira.ExportPipeline;
import org.slaclocks.cli.jira.JiraExportReader;
import org.slaclocks.cli.jira.ReadProgress;
import org.slaclocks.cli.jira.ReaderOptions;
import org.slaclocks.clock.SlaClock;
import org.slaclocks.history.IssueHistory;
import org.slaclocks.policy.Exclusion;
import org.slaclocks.policy.SlaConfiguration;
import org.slaclocks.policy.SlaPolicy;
import org.slaclocks.policy.UserDirectory;
import org.slaclocks.report.IssueCycles;
import org.slaclocks.report.ReportCycle;
import org.slaclocks.tracking.ClockEngine;
import org.slaclocks.tracking.JqlScope;

/**
 * One replay of an export, as it is read: every issue is computed (and its cycles rendered) on the
 * pipeline's threads as soon as it is parsed, its counts go into the summary, its rendered cycles
 * to a temporary file; the issue itself is then dropped. What stays per issue is its key, when it
 * was updated, its counts and where its cycles are, so memory grows by a few hundred bytes an
 * issue. A run for {@code sla report} also writes each issue's report cycles to the temporary file
 * in their compact form ({@link CompactCycles}), since its reports read them all at the end, once
 * for each report.
 */
final class ReplayRun {
  /** What is written of the cycles: nothing, the table's rows, CSV rows, JSON objects. */
  enum Cycles {
    NONE,
    TABLE,
    CSV,
    JSON
  }

  /** An issue computed on a pipeline thread. */
  private record Computed(
      String key,
      Instant updated,
      String undetermined,
      ComplianceTally.Counts counts,
      String cycles,
      String pauses,
      int[] widths,
      ReplayTriggers.Rendered triggers,
      byte[] report) {
    Computed(
        String key,
        Instant updated,
        String undetermined,
        ComplianceTally.Counts counts,
        String cycles,
        String pauses,
        int[] widths,
        ReplayTriggers.Rendered triggers) {
      this(key, updated, undetermined, counts, cycles, pauses, widths, triggers, null);
    }

    Computed(String key, Instant updated, String undetermined, ComplianceTally.Counts counts) {
      this(key, updated, undetermined, counts, null, null, null, null);
    }

    Computed withReport(byte[] cycles) {
      return new Computed(
          key, updated, undetermined, counts, this.cycles, pauses, widths, triggers, cycles);
    }
  }

  /** What is kept of an issue until the end. */
  private record Kept(
      Instant updated,
      String undetermined,
      ComplianceTally.Counts counts,
      CycleSpill.Part cycles,
      CycleSpill.Part pauses,
      CycleSpill.Part fired,
      CycleSpill.Part upcoming,
      CycleSpill.Part report) {}

  private final SlaConfiguration config;
  private final Instant now;
  private final Cycles cycles;
  private final boolean triggers;
  private final UserDirectory directory;
  private final Map<String, SlaPolicy> policies = new HashMap<>();
  private final List<Exclusion> byKey = new ArrayList<>();
  private final Set<String> resolvedExclusions = ConcurrentHashMap.newKeySet();
  private final ComplianceTally tally;
  private final TreeMap<String, Kept> kept = new TreeMap<>(JiraExportReader.KEY_ORDER);
  private final List<JiraExportReader.Failure> failures = new ArrayList<>();
  private final CycleSpill spill;
  private final int[] widths = ReplayTable.headerWidths();
  private final int[] triggerWidths = ReplayTriggers.headerWidths();
  private final Set<String> reportFields;
  private final CompactCycles compact = new CompactCycles();

  /**
   * With {@code triggers}, the reminders and escalations are computed too: in the table after the
   * cycles, in CSV instead of the cycles (one row per firing), in JSON beside each metric's cycles.
   */
  ReplayRun(SlaConfiguration config, Instant now, Cycles cycles, boolean triggers) {
    this(config, now, cycles, triggers, null);
  }

  /**
   * With {@code reportFields} (not null), every issue's cycles are also kept for reports, each with
   * the issue's priority and these fields as they were when the cycle started.
   */
  ReplayRun(
      SlaConfiguration config,
      Instant now,
      Cycles cycles,
      boolean triggers,
      Set<String> reportFields) {
    this.reportFields = reportFields;
    this.config = config;
    this.now = now;
    this.cycles = cycles;
    this.triggers = triggers;
    this.directory = config.listedDirectory();
    config.policies().forEach(p -> policies.put(p.id(), p));
    config.exclusions().stream().filter(Exclusion::isUnresolved).forEach(byKey::add);
    this.tally = new ComplianceTally(config);
    this.spill =
        cycles == Cycles.NONE && !triggers && reportFields == null ? null : new CycleSpill();
  }

  /** Reads and computes the export; returns the report, the cycles still to be written. */
  ReplayReport run(List<Path> files, ReaderOptions options, int threads, ReadProgress progress) {
    ExportPipeline.run(
        files,
        options,
        threads,
        progress,
        this::compute,
        outcome -> {
          if (outcome instanceof ExportPipeline.Outcome.Done<Computed> done) {
            keep(done.result());
          } else if (outcome instanceof ExportPipeline.Outcome.Skipped<Computed> skipped) {
            failures.add(skipped.failure());
          }
          progress.issueDone();
        });
    progress.finish();
    List<ReplayReport.Skipped> undetermined = new ArrayList<>();
    int replayed = 0;
    for (Map.Entry<String, Kept> e : kept.entrySet()) {
      if (e.getValue().undetermined() != null) {
        undetermined.add(new ReplayReport.Skipped(e.getKey(), e.getValue().undetermined()));
      } else {
        replayed++;
      }
    }
    return new ReplayReport(now, config, replayed, undetermined, failures, tally.summary());
  }

  /** On a pipeline thread: the issue's clocks, counts and rendered cycles. */
  private Computed compute(ExportIssue issue) {
    ExportIssue.Read read = issue.read();
    IssueHistory history = read.history();
    ClockEngine.Result result =
        ClockEngine.compute(withExclusionsOf(history), history, directory, JqlScope.UNKNOWN, now);
    if (!result.isDetermined()) {
      return new Computed(history.key(), read.updated(), result.undetermined(), null);
    }
    SlaPolicy policy = result.policyId() == null ? null : policies.get(result.policyId());
    List<ReplayTriggers.Row> firings =
        triggers
            ? ReplayTriggers.rows(history.key(), result.policyId(), result.alerts(), now, config)
            : null;
    ReplayReport.IssueResult computed =
        new ReplayReport.IssueResult(history, policy, result.clocks(), result.shown(), firings);
    ComplianceTally.Counts counts = tally.count(result.policyId(), result.shown());
    String key = history.key();
    Computed out = computed(key, read.updated(), counts, computed, firings);
    return reportFields == null
        ? out
        : out.withReport(compact.encode(reportCycles(result, history)));
  }

  private Computed computed(
      String key,
      Instant updated,
      ComplianceTally.Counts counts,
      ReplayReport.IssueResult computed,
      List<ReplayTriggers.Row> firings) {
    return switch (cycles) {
      case NONE ->
          new Computed(
              key,
              updated,
              null,
              counts,
              null,
              null,
              null,
              triggers ? ReplayTriggers.renderTable(firings) : null);
      case CSV ->
          new Computed(
              key,
              updated,
              null,
              counts,
              triggers ? ReplayTriggers.renderCsv(firings) : ReplayCsv.render(computed),
              null,
              null,
              null);
      case JSON ->
          new Computed(key, updated, null, counts, ReplayJson.render(computed), null, null, null);
      case TABLE -> {
        ReplayTable.Rendered table = ReplayTable.render(computed);
        yield new Computed(
            key,
            updated,
            null,
            counts,
            table.rows(),
            table.pauses(),
            table.widths(),
            triggers ? ReplayTriggers.renderTable(firings) : null);
      }
    };
  }

  /** The issue's cycles as reports read them ({@link IssueCycles}). */
  private List<ReportCycle> reportCycles(ClockEngine.Result result, IssueHistory history) {
    List<ReportCycle> out = new ArrayList<>();
    String project = IssueCycles.projectOf(history.key());
    for (SlaClock clock : result.shown()) {
      out.addAll(IssueCycles.of(history, project, result.policyId(), clock, reportFields, config));
    }
    return out;
  }

  /**
   * The configuration with the exclusions that name this issue by one of its keys resolved to it.
   * Jira never gives a key to two issues (a moved issue's old key stays its own), so an issue's own
   * keys decide, and the rest of the export is not needed.
   */
  private SlaConfiguration withExclusionsOf(IssueHistory history) {
    if (byKey.isEmpty()) {
      return config;
    }
    List<String> keys = history.keys();
    List<Exclusion> resolved = null;
    for (int i = 0; i < config.exclusions().size(); i++) {
      Exclusion exclusion = config.exclusions().get(i);
      if (exclusion.isUnresolved() && keys.contains(exclusion.issueKey())) {
        if (resolved == null) {
          resolved = new ArrayList<>(config.exclusions());
        }
        resolved.set(i, exclusion.resolvedBy(key -> history.issueId()));
        resolvedExclusions.add(exclusion.id());
      }
    }
    return resolved == null ? config : config.withExclusions(resolved);
  }

  /** On the calling thread, in read order: the issue kept, or an older copy replaced by it. */
  private void keep(Computed issue) {
    Kept earlier = kept.get(issue.key());
    if (earlier != null && !issue.updated().isAfter(earlier.updated())) {
      return;
    }
    if (earlier != null) {
      tally.remove(earlier.counts());
    }
    tally.add(issue.counts());
    CycleSpill.Part cycleRows = null;
    CycleSpill.Part pauseLines = null;
    CycleSpill.Part fired = null;
    CycleSpill.Part upcoming = null;
    CycleSpill.Part report = issue.report() == null ? null : spill.write(issue.report());
    if (spill != null && issue.triggers() != null) {
      fired = spill.write(issue.triggers().fired());
      upcoming = spill.write(issue.triggers().upcoming());
      for (int i = 0; i < triggerWidths.length; i++) {
        triggerWidths[i] = Math.max(triggerWidths[i], issue.triggers().widths()[i]);
      }
    }
    if (spill != null && issue.cycles() != null) {
      cycleRows = spill.write(issue.cycles());
      if (issue.pauses() != null && !issue.pauses().isEmpty()) {
        pauseLines = spill.write(issue.pauses());
      }
      if (issue.widths() != null) {
        for (int i = 0; i < widths.length; i++) {
          widths[i] = Math.max(widths[i], issue.widths()[i]);
        }
      }
    }
    kept.put(
        issue.key(),
        new Kept(
            issue.updated(),
            issue.undetermined(),
            issue.counts(),
            cycleRows,
            pauseLines,
            fired,
            upcoming,
            report));
  }

  /**
   * Every kept issue's report cycles, in key order (a run made with report fields), read back from
   * the temporary file one issue at a time on each pass.
   */
  Iterable<ReportCycle> reportCycles() {
    return () ->
        kept.entrySet().stream()
            .filter(e -> e.getValue().report() != null)
            .flatMap(
                e -> compact.decode(e.getKey(), spill.readBytes(e.getValue().report())).stream())
            .iterator();
  }

  /** The file's exclusions that name an issue the export does not have, as warnings. */
  List<String> unresolvedExclusions() {
    List<String> warnings = new ArrayList<>();
    for (Exclusion exclusion : byKey) {
      if (!resolvedExclusions.contains(exclusion.id())) {
        warnings.add(
            "exclusion '"
                + exclusion.id()
                + "' names issue "
                + exclusion.issueKey()
                + ", which the export does not have: it applies to no issue");
      }
    }
    return warnings;
  }

  /** Writes the cycles table (table format with cycles asked for). */
  void writeTableCycles(PrintWriter out) {
    ReplayTable.writeCycles(now, widths, parts(Kept::cycles), parts(Kept::pauses), out);
  }

  /** Writes the reminders and escalations table (table format with triggers asked for). */
  void writeTableTriggers(PrintWriter out) {
    int rules = 0;
    for (SlaPolicy policy : config.policies()) {
      rules += policy.metrics().stream().mapToInt(m -> m.alerts().size()).sum();
    }
    ReplayTriggers.writeTable(
        now, triggerWidths, rules, parts(Kept::fired), parts(Kept::upcoming), out);
  }

  /** Writes the CSV rows (of the cycles, or of the firings with triggers) after their header. */
  void writeCsv(PrintWriter out) {
    if (triggers) {
      ReplayTriggers.writeCsvHeader(out);
    } else {
      ReplayCsv.writeHeader(out);
    }
    for (String rows : parts(Kept::cycles)) {
      out.print(rows);
    }
  }

  /** Writes the JSON document. */
  void writeJson(ReplayReport report, PrintWriter out) throws IOException {
    ReplayJson.write(report, parts(Kept::cycles), out);
  }

  /** The rendered parts of the kept issues, in key order, read back one at a time. */
  private Iterable<String> parts(Function<Kept, CycleSpill.Part> part) {
    return () ->
        new Iterator<>() {
          private final Iterator<Kept> issues =
              kept.values().stream().filter(k -> part.apply(k) != null).iterator();

          @Override
          public boolean hasNext() {
            return issues.hasNext();
          }

          @Override
          public String next() {
            return spill.read(part.apply(issues.next()));
          }
        };
  }

  /** Removes the temporary file. */
  void close() {
    if (spill != null) {
      spill.close();
    }
  }
}

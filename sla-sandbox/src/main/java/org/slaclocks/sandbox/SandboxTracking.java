package org.slaclocks.sandbox;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import net.java.ao.Query;
import org.slaclocks.cli.jira.ReadProgress;
import org.slaclocks.clock.ExclusionWindow;
import org.slaclocks.config.ConfigurationEditor;
import org.slaclocks.jira.persistence.AoAuditLog;
import org.slaclocks.jira.persistence.AoClockRepository;
import org.slaclocks.jira.persistence.AoConfigRepository;
import org.slaclocks.jira.persistence.AoExclusionRepository;
import org.slaclocks.jira.persistence.AoIssueClocks;
import org.slaclocks.jira.persistence.AoTriggerSchedule;
import org.slaclocks.jira.tracking.ClockRecalculator;
import org.slaclocks.jira.tracking.CurrentConfiguration;
import org.slaclocks.jira.tracking.SystemFailure;
import org.slaclocks.policy.Exclusion;
import org.slaclocks.policy.SlaConfiguration;
import org.slaclocks.query.Exclusions;
import org.slaclocks.tracking.JqlScope;

/**
 * The app's tracking, wired as the Jira app wires it (its Spring context), over the sandbox's
 * database and the loaded exports: the configuration document, the exclusion windows, the clock
 * store and the {@link ClockRecalculator} with sandbox adapters for the issue histories (the
 * exports) and the agents (the policy file's users and groups, as {@code sla replay} reads them).
 *
 * <p>Each issue is computed as the live app would have computed it: at its last change at or before
 * now, from its history, and stored; the views then show the stored clocks at now.
 */
public final class SandboxTracking {
  /** Who the sandbox saves configuration and exclusions as. */
  static final String AUTHOR = "sla-sandbox";

  /**
   * Issues computed and stored together when many are (a load, a move of time): large enough that
   * the per-store costs (a read of the versions, a transaction) vanish, small enough that a batch's
   * clocks are little memory.
   */
  static final int BATCH = 500;

  private final LoadedIssues issues;
  private final AoConfigRepository configRepository;
  private final CurrentConfiguration configuration;
  private final AoClockRepository clocks;
  private final AoExclusionRepository exclusions;
  private final AoAuditLog audit;
  private final ClockRecalculator recalculator;
  private final AoTriggerSchedule triggers;
  private final ActiveObjects ao;

  public SandboxTracking(ActiveObjects ao, LoadedIssues issues) {
    this.ao = Objects.requireNonNull(ao, "ao");
    this.issues = Objects.requireNonNull(issues, "issues");
    this.configRepository = new AoConfigRepository(ao);
    this.configuration = new CurrentConfiguration(configRepository);
    this.clocks = new AoClockRepository(ao, configuration);
    this.exclusions = new AoExclusionRepository(ao);
    this.audit = new AoAuditLog(ao);
    this.triggers = new AoTriggerSchedule(ao);
    this.recalculator =
        new ClockRecalculator(
            configuration,
            (issueId, config) -> issues.byId(issueId).map(LoadedIssues.Issue::history),
            SlaConfiguration::listedDirectory,
            JqlScope.UNKNOWN,
            clocks,
            exclusions,
            triggers);
  }

  /** What one computation of every issue did. */
  public record Computed(int stored, int notYetCreated, List<String> notComputed) {
    public Computed {
      notComputed = List.copyOf(notComputed);
    }
  }

  /**
   * Saves the policy file as the configuration document when it differs from the stored one (a new
   * revision, as the administration screens would), makes the stored exclusion windows those of the
   * file, its issue keys resolved to the exports' ids, and deletes the stored clocks of issues the
   * exports do not hold.
   */
  public void install(SandboxInput input, Instant at) {
    ConfigurationEditor.Outcome outcome =
        editor(Clock.fixed(at, ZoneOffset.UTC)).importFile(input.policyJson(), AUTHOR);
    if (!(outcome instanceof ConfigurationEditor.Outcome.Saved
        || outcome instanceof ConfigurationEditor.Outcome.Unchanged)) {
      throw new SandboxException("the policy file could not be installed: " + outcome);
    }
    syncExclusions(input.policies().exclusions(), at);
    forgetIssuesNotLoaded();
  }

  /**
   * An earlier {@code sla serve} of other exports on this data directory left its issues' clocks
   * and cycle rows: the reports count every row of a project (as Jira's count every issue's), so
   * those of a project both exports have would count too. Jira deletes a deleted issue's clocks;
   * here an issue no export holds is deleted.
   */
  private void forgetIssuesNotLoaded() {
    List<Long> gone = new ArrayList<>();
    ao.stream(
        AoIssueClocks.class,
        Query.select("ID,ISSUE_ID"),
        row -> {
          if (issues.byId(row.getIssueId()).isEmpty()) {
            gone.add(row.getIssueId());
          }
        });
    if (!gone.isEmpty()) {
      clocks.delete(gone);
    }
  }

  /** The app's stored exclusion windows. */
  public AoExclusionRepository exclusions() {
    return exclusions;
  }

  /** The audit log of configuration changes. */
  public AoAuditLog audit() {
    return audit;
  }

  /** The configuration's editor (administration), saving at {@code clock}'s instants. */
  public ConfigurationEditor editor(Clock clock) {
    return new ConfigurationEditor(configRepository, audit, clock);
  }

  private record Window(ExclusionWindow window, Long issueId) {}

  private void syncExclusions(List<Exclusion> fromFile, Instant at) {
    Set<Window> wanted = new HashSet<>();
    for (Exclusion exclusion : fromFile) {
      Exclusion resolved = exclusion.resolvedBy(issues.idsByKey()::get);
      if (!resolved.isUnresolved()) {
        wanted.add(new Window(resolved.window(), resolved.issueId()));
      }
    }
    // The global windows and those of the loaded issues (one read, not one per issue); windows of
    // issues not loaded now stay.
    List<Exclusion> stored = new ArrayList<>();
    for (Exclusion e : exclusions.all()) {
      if (e.isGlobal() || issues.byId(e.issueId()).isPresent()) {
        stored.add(e);
      }
    }
    Set<Window> present = new HashSet<>();
    for (Exclusion e : stored) {
      Window window = new Window(e.window(), e.issueId());
      if (wanted.contains(window) && present.add(window)) {
        continue;
      }
      exclusions.remove(e.id());
    }
    for (Window window : wanted) {
      if (!present.contains(window)) {
        exclusions.add(window.window(), window.issueId(), AUTHOR, at);
      }
    }
  }

  /**
   * Stores every issue's clocks as the app would have at {@code now}: computed at the issue's last
   * change at or before {@code now}. Issues created after {@code now} have no clocks (they do not
   * exist yet); an issue whose policy cannot be determined here (a JQL scope) is listed and left.
   */
  public Computed computeAll(Instant now) {
    return computeAll(now, ReadProgress.silent());
  }

  /**
   * As {@link #computeAll(Instant)}, {@value #BATCH} issues to a store (one read of their versions,
   * one transaction), counting each stored or listed issue on {@code progress}.
   */
  public Computed computeAll(Instant now, ReadProgress progress) {
    SlaConfiguration config = configuration.get();
    int stored = 0;
    int notYet = 0;
    List<String> notComputed = new ArrayList<>();
    List<Long> absent = new ArrayList<>();
    Map<Long, Instant> batch = new LinkedHashMap<>();
    for (LoadedIssues.Issue issue : issues.all()) {
      Optional<Instant> at = issue.lastChangeAtOrBefore(now);
      if (at.isEmpty()) {
        notYet++;
        absent.add(issue.id());
        progress.issueDone();
        continue;
      }
      batch.put(issue.id(), at.get());
      if (batch.size() == BATCH) {
        stored += store(batch, config, notComputed, progress);
        batch.clear();
      }
    }
    stored += store(batch, config, notComputed, progress);
    if (!absent.isEmpty()) {
      clocks.delete(absent);
    }
    progress.finish();
    return new Computed(stored, notYet, notComputed);
  }

  /** Stores one batch; returns how many were stored, listing the others in {@code notComputed}. */
  private int store(
      Map<Long, Instant> batch,
      SlaConfiguration config,
      List<String> notComputed,
      ReadProgress progress) {
    if (batch.isEmpty()) {
      return 0;
    }
    Map<Long, SystemFailure> failures = recalculator.recomputeAll(batch, config);
    failures.forEach(
        (issueId, e) ->
            notComputed.add(
                issues.byId(issueId).map(LoadedIssues.Issue::key).orElseThrow()
                    + ": "
                    + e.getMessage()));
    for (int i = 0; i < batch.size(); i++) {
      progress.issueDone();
    }
    return batch.size() - failures.size();
  }

  /**
   * The exclusion windows in force, as the app's questions take them: the global ones and those of
   * each loaded issue.
   */
  public Exclusions exclusionsInForce() {
    return Exclusions.of(exclusions.all());
  }

  /** The sandbox's storage, for the parts built on it elsewhere (recalculation, reports). */
  ActiveObjects activeObjects() {
    return ao;
  }

  /** Recomputes and stores issues (the worker of a recalculation). */
  ClockRecalculator recalculator() {
    return recalculator;
  }

  /** The due index of reminders and escalations, written with the clocks. */
  AoTriggerSchedule triggers() {
    return triggers;
  }

  public CurrentConfiguration configuration() {
    return configuration;
  }

  public AoClockRepository clocks() {
    return clocks;
  }

  public LoadedIssues issues() {
    return issues;
  }
}

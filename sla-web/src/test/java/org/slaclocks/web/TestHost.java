package org.slaclocks.web;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import org.slaclocks.history.IssueHistory;
import org.slaclocks.policy.SlaConfiguration;
import org.slaclocks.tracking.ClockEngine;
import org.slaclocks.tracking.Histories;
import org.slaclocks.tracking.JqlScope;
import org.slaclocks.web.host.IssueRef;
import org.slaclocks.web.host.Viewer;

/**
 * A host for tests: clocks computed by the engine from readable histories and stored in memory as
 * the app stores them, shown at a fixed now to a viewer that tests can switch.
 */
public final class TestHost {
  public static final Viewer AGENT =
      new Viewer(Histories.AGENT, "Anna", Locale.ENGLISH, ZoneId.of("Europe/Amsterdam"));
  public static final Viewer DUTCH_AGENT =
      new Viewer(Histories.AGENT, "Anna", Locale.forLanguageTag("nl-NL"), Histories.ZONE);
  public static final Viewer OUTSIDER =
      new Viewer(FakeIssues.OUTSIDER, "Olga", Locale.ENGLISH, Histories.ZONE);

  private SlaConfiguration config;
  private final MemoryClocks clocks = new MemoryClocks();
  private final MemoryFirings firings = new MemoryFirings();
  private final FakeIssues issues = new FakeIssues();
  private Viewer viewer = AGENT;
  private Instant now;

  public TestHost(SlaConfiguration config, Instant now) {
    this.config = config;
    this.now = now;
  }

  /** Stores the clocks of {@code history} as computed at its last change before {@code at}. */
  public IssueRef add(IssueHistory history, Instant computedAt) {
    ClockEngine.Result result =
        ClockEngine.compute(
            config, history, config.listedDirectory(), JqlScope.UNKNOWN, computedAt);
    clocks.put(result.clocks());
    return issues.add(history.issueId(), history.key());
  }

  public TestHost viewer(Viewer viewer) {
    this.viewer = viewer;
    return this;
  }

  /** The configuration the views read from now on (the stored clocks stay as they were). */
  public TestHost config(SlaConfiguration config) {
    this.config = config;
    return this;
  }

  public TestHost now(Instant now) {
    this.now = now;
    return this;
  }

  public MemoryClocks clocks() {
    return clocks;
  }

  public MemoryFirings firings() {
    return firings;
  }

  public FakeIssues issues() {
    return issues;
  }

  public WebHost host() {
    return new WebHost(
        () -> viewer,
        issues,
        () -> config,
        clocks,
        firings,
        new VelocityTemplates(),
        Clock.fixed(now, ZoneOffset.UTC));
  }
}

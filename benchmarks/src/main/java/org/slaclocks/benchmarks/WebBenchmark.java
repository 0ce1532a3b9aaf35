package org.slaclocks.benchmarks;

import static org.slaclocks.tracking.Histories.AGENT;
import static org.slaclocks.tracking.Histories.CUSTOMER;
import static org.slaclocks.tracking.Histories.at;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.ws.rs.core.Response;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.slaclocks.policy.SlaConfiguration;
import org.slaclocks.tracking.Histories;
import org.slaclocks.tracking.Policies;
import org.slaclocks.web.TestHost;
import org.slaclocks.web.WebHost;
import org.slaclocks.web.host.IssueRef;
import org.slaclocks.web.rest.CountdownResource;
import org.slaclocks.web.rest.IssueResource;
import org.slaclocks.web.view.SlaViews;
import org.slaclocks.web.view.Templates;

/**
 * The web layer warm, stores in memory (the database reads are measured in PersistenceAtScale): one
 * countdown cell (view and column template), the navigator's batched answer for a page of 50
 * issues, and the panel's REST answer for an issue with 50 cycles of "time to next response" (its
 * timeline listing every pause and span outside calendar hours, as agents see it). Templates are
 * rendered by Velocity 1.7 with Jira's HTML escaping.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class WebBenchmark {
  SlaViews views;
  WebHost host;
  IssueRef single;
  IssueResource issues;
  CountdownResource countdowns;
  List<String> page;
  String busyKey;

  @Setup(Level.Trial)
  public void setUp() {
    SlaConfiguration config = Policies.helpdeskWithOutage(at("Mon+3 08:00"));
    Instant start = at("Mon 09:00");
    // 50 customer comments, each answered an hour later, every 3 working hours: 50 cycles.
    Histories busy = Histories.created("HELP-900", start);
    Instant at = start;
    for (int i = 0; i < 50; i++) {
      busy.comment(CUSTOMER, at.plus(Duration.ofMinutes(10)));
      busy.comment(AGENT, at.plus(Duration.ofMinutes(70)));
      at = at.plus(Duration.ofHours(i % 2 == 0 ? 3 : 21));
    }
    Instant now = at.plus(Duration.ofHours(1));
    TestHost test = new TestHost(config, now);
    IssueRef busyIssue = test.add(busy.build(), now);
    busyKey = busyIssue.key();
    page = new ArrayList<>();
    for (int i = 1; i <= 50; i++) {
      IssueRef issue =
          test.add(
              Histories.created("HELP-" + i, now.minus(Duration.ofHours(i)))
                  .comment(CUSTOMER, now.minus(Duration.ofMinutes(30)))
                  .build(),
              now);
      page.add(Long.toString(issue.id()));
      if (i == 1) {
        single = issue;
      }
    }
    host = test.host();
    views = new SlaViews(host);
    issues = new IssueResource(host);
    countdowns = new CountdownResource(host);
    int cycles = views.panel(busyIssue, TestHost.AGENT).metrics().get(1).pastCycles().size() + 1;
    if (issues.panel(busyKey).getStatus() != 200 || cycles != 50) {
      throw new IllegalStateException("the busy issue must show 50 cycles, not " + cycles);
    }
  }

  /** One navigator cell: the view at now and the column template. */
  @Benchmark
  public String countdownCell() {
    return Templates.countdownCell(
        host.templates(), views.countdown(single, "ttfr", TestHost.AGENT));
  }

  /** The batched REST answer for a page of 50 issues, two metrics each (100 cells). */
  @Benchmark
  public Response navigatorPageOf50() {
    return countdowns.countdowns(page, List.of("ttfr", "ttnr"));
  }

  /** GET issue/{key}/panel for an issue with 50 cycles of one metric. */
  @Benchmark
  public Response panelWith50Cycles() {
    return issues.panel(busyKey);
  }
}

package org.slaclocks.sandbox;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.slaclocks.cli.jira.ReadProgress;
import org.slaclocks.jira.persistence.AoTriggerLedger;
import org.slaclocks.tracking.TriggerLedger;
import org.slaclocks.web.WebHost;
import org.slaclocks.web.view.AlertMail;
import org.slaclocks.web.view.SlaViews;

/**
 * A running sandbox: the database of the data directory, the exports stored as the app would have
 * stored them, and the server. The composition root, as the Jira app's Spring context is.
 */
public final class Sandbox implements AutoCloseable {
  /** The port {@code sla serve} uses when none is given. */
  public static final int DEFAULT_PORT = 8339;

  /** The bundled sample's exports: the helpdesk (HELP) and the operations desk (OPS). */
  static final List<String> SAMPLE_EXPORTS = List.of("issues.json", "operations.json");

  /**
   * What to serve.
   *
   * @param policies the policy file; null for the bundled sample's
   * @param issues the exports; empty for the bundled sample's
   * @param now the frozen time; null for running time
   * @param port 0 for any free port
   * @param data the data directory (the H2 file, the unpacked sample)
   */
  public record Options(Path policies, List<Path> issues, Instant now, int port, Path data) {
    public Options {
      issues = List.copyOf(issues);
      Objects.requireNonNull(data, "data");
      if (port < 0 || port > 65535) {
        throw new SandboxException("--port must be between 0 and 65535, was " + port);
      }
      if ((policies == null) != issues.isEmpty()) {
        throw new SandboxException(
            "give both --policies and --issues, or neither for the bundled sample helpdesk");
      }
    }

    public boolean isSample() {
      return policies == null;
    }
  }

  private final SandboxDatabase database;
  private final SandboxServer server;
  private final SandboxApp app;
  private final SandboxTracking.Computed computed;
  private final TriggerLedger ledger;
  private final SandboxAlertActions actions;

  private Sandbox(
      SandboxDatabase database,
      SandboxServer server,
      SandboxApp app,
      SandboxTracking.Computed computed,
      TriggerLedger ledger,
      SandboxAlertActions actions) {
    this.database = database;
    this.server = server;
    this.app = app;
    this.computed = computed;
    this.ledger = ledger;
    this.actions = actions;
  }

  /**
   * Reads the input, stores it in the data directory, and starts serving.
   *
   * @throws SandboxException with what is wrong and what to do
   */
  public static Sandbox start(Options options) {
    return start(options, ReadProgress.silent());
  }

  /** As {@link #start(Options)}, drawing the progress of reading the exports and storing them. */
  public static Sandbox start(Options options, ReadProgress progress) {
    return start(options, progress, AoTriggerLedger::new);
  }

  /**
   * As {@link #start(Options, ReadProgress)}, with the ledger of reminders and escalations made by
   * {@code ledgers} from the sandbox's Active Objects (the app's own ledger, unless a test gives
   * another).
   */
  public static Sandbox start(
      Options options, ReadProgress progress, Function<ActiveObjects, TriggerLedger> ledgers) {
    Path policies = options.policies();
    List<Path> issues = options.issues();
    if (options.isSample()) {
      Path sample = unpackSample(options.data());
      policies = sample.resolve("policies.json");
      issues = SAMPLE_EXPORTS.stream().map(sample::resolve).toList();
    }
    SandboxInput input = SandboxInput.read(policies, issues, progress);
    SandboxClock clock =
        options.now() == null ? SandboxClock.running() : SandboxClock.frozenAt(options.now());
    SandboxDatabase database = SandboxDatabase.open(options.data());
    try {
      SandboxTracking tracking = new SandboxTracking(database.activeObjects(), input.issues());
      Instant now = clock.instant();
      tracking.install(input, now);
      SandboxTracking.Computed computed =
          tracking.computeAll(now, progress.nextStep("stored", input.issues().size()));
      SandboxPeople people = new SandboxPeople(firstProject(input.issues()));
      SandboxViewers viewers = new SandboxViewers(people);
      SandboxIssueAccess access = new SandboxIssueAccess(input.issues(), people, clock);
      TriggerLedger ledger = ledgers.apply(database.activeObjects());
      VelocityTemplates templates = new VelocityTemplates();
      WebHost host =
          new WebHost(
              viewers,
              access,
              tracking.configuration(),
              tracking.clocks(),
              ledger,
              templates,
              clock);
      SandboxOutbox outbox = SandboxOutbox.open(options.data());
      AtomicReference<String> url = new AtomicReference<>("/");
      SandboxAlertActions actions =
          new SandboxAlertActions(
              input.issues(),
              people,
              tracking.configuration(),
              outbox,
              new AlertMail(templates, clock),
              clock,
              url::get);
      SandboxAlerts alerts = new SandboxAlerts(tracking, ledger, actions, clock);
      SandboxApp app =
          new SandboxApp(
              host, new SlaViews(host), tracking, viewers, access, clock, outbox, alerts);
      SandboxServer server = SandboxServer.start(app, options.port());
      url.set("http://" + SandboxServer.HOST + ":" + server.port() + "/");
      alerts.start(!clock.isFrozen());
      return new Sandbox(database, server, app, computed, ledger, actions);
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
  }

  /** The project the restricted person may not browse: the first by key. */
  private static String firstProject(LoadedIssues issues) {
    return issues.all().stream()
        .map(LoadedIssues.Issue::projectKey)
        .sorted()
        .findFirst()
        .orElse(null);
  }

  /** Copies the bundled sample out of the jar, so it is read like any export. */
  private static Path unpackSample(Path data) {
    Path dir = data.resolve("sample");
    try {
      Files.createDirectories(dir);
      for (String name :
          java.util.stream.Stream.concat(
                  java.util.stream.Stream.of("policies.json"), SAMPLE_EXPORTS.stream())
              .toList()) {
        try (InputStream in =
            Sandbox.class.getClassLoader().getResourceAsStream("sandbox/sample/" + name)) {
          if (in == null) {
            throw new SandboxException(
                "the bundled sample is missing from the jar (" + name + "); rebuild it");
          }
          Files.copy(in, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } catch (IOException e) {
      throw new SandboxException("cannot write the sample into " + dir + ": " + e.getMessage(), e);
    }
    return dir;
  }

  public String url() {
    return "http://" + SandboxServer.HOST + ":" + server.port() + "/";
  }

  public int port() {
    return server.port();
  }

  public SandboxTracking.Computed computed() {
    return computed;
  }

  public SandboxTracking tracking() {
    return app.tracking();
  }

  public SandboxDatabase database() {
    return database;
  }

  public SandboxClock clock() {
    return app.clock();
  }

  /** The ledger of reminders and escalations the panel reads (and the alert job writes). */
  public TriggerLedger triggers() {
    return ledger;
  }

  /** The actions of reminders and escalations: mails to the outbox, the rest on the issue. */
  public SandboxAlertActions alertActions() {
    return actions;
  }

  /** The mails sent and the actions done on issues, kept with the sandbox's data. */
  public SandboxOutbox outbox() {
    return app.outbox();
  }

  /** Moves frozen time as the header does: issues stored as of then, what came due sent. */
  SandboxTracking.Computed moveTime(Instant to) {
    return app.moveTime(to);
  }

  /** Waits until the server stops. */
  public void join() throws InterruptedException {
    server.join();
  }

  @Override
  public void close() {
    try {
      app.alerts().close();
      server.close();
    } finally {
      database.close();
    }
  }
}

package org.slaclocks.sandbox;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slaclocks.cli.jira.ReadProgress;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sla serve}: the sandbox, on 127.0.0.1, until Ctrl-C. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serves the app's own SLA views (issue list with countdown columns, issue pages with the"
          + " countdown fields and the SLA panel) and REST resources on 127.0.0.1, over the issues"
          + " of Jira exports stored as the app would have stored them. With no options: the"
          + " bundled sample helpdesk. A place to look at the product, not a Jira."
    })
public final class ServeCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--policies",
      paramLabel = "FILE",
      description = "Policy file (JSON, see docs/policy-format.md).")
  Path policies;

  @Option(
      names = "--issues",
      paramLabel = "FILE",
      description =
          "Jira REST response with changelog, .json or gzip-compressed .json.gz; repeat for"
              + " several pages or exports.")
  List<Path> issues = List.of();

  @Option(
      names = "--now",
      paramLabel = "INSTANT",
      description = "Freeze time at this instant (it can then be moved from the page header).")
  String now;

  @Option(
      names = "--port",
      paramLabel = "N",
      description = "Port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 for any free port).")
  int port = Sandbox.DEFAULT_PORT;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description =
          "Data directory: the H2 database and the unpacked sample (default: ~/.sla-sandbox).")
  Path data;

  /** Released when the command should stop (Ctrl-C); tests release it themselves. */
  final CountDownLatch stop = new CountDownLatch(1);

  private final CountDownLatch stopped = new CountDownLatch(1);

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Instant frozen = null;
    if (now != null) {
      try {
        frozen = OffsetDateTime.parse(now).toInstant();
      } catch (DateTimeParseException e) {
        throw new CommandLine.ParameterException(
            spec.commandLine(),
            "--now: '" + now + "' is not an instant; write e.g. 2026-05-04T08:00:00Z");
      }
    }
    Path dataDir = data != null ? data : Path.of(System.getProperty("user.home"), ".sla-sandbox");
    Sandbox sandbox;
    try {
      sandbox =
          Sandbox.start(
              new Sandbox.Options(policies, issues, frozen, port, dataDir),
              ReadProgress.of(err, issues, "loaded"));
    } catch (SandboxException e) {
      err.println("sla: " + e.getMessage());
      err.flush();
      return 1;
    }
    SandboxTracking.Computed computed = sandbox.computed();
    out.println(
        "SLA Clocks sandbox: "
            + computed.stored()
            + " issues stored in "
            + sandbox.database().file()
            + (frozen != null ? ", time frozen at " + frozen : ", time running"));
    sandbox.tracking().issues().failures().forEach(f -> err.println("sla: skipped " + f));
    computed.notComputed().forEach(reason -> err.println("sla: not computed: " + reason));
    out.println("Open " + sandbox.url() + "  (Ctrl-C stops it)");
    out.flush();
    err.flush();
    // Ctrl-C: the JVM halts once its hooks return, so the hook waits for the clean close.
    Thread hook =
        new Thread(
            () -> {
              stop.countDown();
              try {
                stopped.await(10, java.util.concurrent.TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "sla-serve-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      stop.await();
    } finally {
      try {
        sandbox.close();
        out.println("Stopped.");
        out.flush();
      } finally {
        stopped.countDown();
        try {
          Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
          // Ctrl-C: the hook is running, and returns now
        }
      }
    }
    return 0;
  }
}

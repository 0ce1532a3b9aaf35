package org.slaclocks.cli;

import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code sla} command: SLA maths and replays on files, without a Jira. */
@Command(
    name = "sla",
    mixinStandardHelpOptions = true,
    version = "sla 0.1.0",
    description =
        "SLA Clocks for Jira, on the command line: calendar maths, SLA replays and a sample"
            + " helpdesk to try them on.",
    subcommands = {
      CalendarCommand.class,
      org.slaclocks.cli.replay.ReplayCommand.class,
      org.slaclocks.cli.replay.ReportCommand.class,
      org.slaclocks.cli.sample.SampleCommand.class
    })
public final class SlaCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(
        run(
            new InputStreamReader(System.in, StandardCharsets.UTF_8),
            new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
            org.slaclocks.cli.jira.ReadProgress.standardError(),
            args));
  }

  /** Runs the command line with the given streams; returns the exit status. */
  public static int run(Reader in, PrintWriter out, PrintWriter err, String... args) {
    return commandLine(in, out, err).execute(args);
  }

  /**
   * The command line with its streams set, ready to execute, with {@code moreCommands} (picocli
   * commands, such as the sandbox's {@code serve}) beside every existing one.
   */
  public static CommandLine commandLine(
      Reader in, PrintWriter out, PrintWriter err, Object... moreCommands) {
    CommandLine commandLine = new CommandLine(new SlaCommand());
    for (Object command : moreCommands) {
      commandLine.addSubcommand(command); // before the streams and handler, which they inherit
    }
    CalendarCommand calendar = commandLine.getSubcommands().get("calendar").getCommand();
    calendar.input = in;
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setExecutionExceptionHandler(
        (e, cmd, parseResult) -> {
          cmd.getErr().println("sla: " + e.getMessage());
          return 1;
        });
    return commandLine;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
  }
}

package org.slaclocks.sandbox;

import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.slaclocks.cli.SlaCommand;
import org.slaclocks.cli.jira.ReadProgress;
import picocli.CommandLine;

/** The {@code sla} jar's entry point: every command of the command line, and {@code serve}. */
public final class SlaMain {
  private SlaMain() {}

  public static void main(String[] args) {
    // Jetty and AO log through slf4j-simple: warnings and errors only, unless asked otherwise.
    if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    }
    PrintWriter out =
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = ReadProgress.standardError();
    CommandLine commandLine =
        SlaCommand.commandLine(
            new InputStreamReader(System.in, StandardCharsets.UTF_8), out, err, new ServeCommand());
    System.exit(commandLine.execute(args));
  }
}

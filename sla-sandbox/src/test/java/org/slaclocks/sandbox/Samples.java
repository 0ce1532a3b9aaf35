package org.slaclocks.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.slaclocks.cli.SlaCommand;

/** The bundled sample helpdesk, read from the repository (tests run in the module directory). */
final class Samples {
  private static final ObjectMapper JSON = new ObjectMapper();

  static final Path POLICIES = Path.of("../examples/helpdesk/policies.json");
  static final Path ISSUES = Path.of("../examples/helpdesk/issues.json");
  static final Path OPERATIONS = Path.of("../examples/helpdesk/operations.json");

  /** Both desks' exports, as `sla serve` with no arguments serves them. */
  static final List<Path> EXPORTS = List.of(ISSUES, OPERATIONS);

  private Samples() {}

  static SandboxInput helpdesk() {
    return SandboxInput.read(POLICIES, EXPORTS);
  }

  /**
   * {@code sla report} on both desks at {@code now} with the options {@code more} ({@code --from},
   * {@code --to}, ...): what the sandbox's report pages must equal.
   */
  static String report(Instant now, String... more) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "report",
                "--policies",
                POLICIES.toString(),
                "--issues",
                ISSUES.toString(),
                "--issues",
                OPERATIONS.toString(),
                "--now",
                now.toString()));
    args.addAll(List.of(more));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status =
        SlaCommand.run(
            new StringReader(""),
            new PrintWriter(out),
            new PrintWriter(err),
            args.toArray(String[]::new));
    assertThat(status).as(err.toString()).isZero();
    return out.toString();
  }

  /**
   * {@code sla replay --format json} on both desks at {@code now}: what live answers must equal.
   */
  static JsonNode replay(Instant now) throws IOException {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status =
        SlaCommand.run(
            new StringReader(""),
            new PrintWriter(out),
            new PrintWriter(err),
            "replay",
            "--policies",
            POLICIES.toString(),
            "--issues",
            ISSUES.toString(),
            "--issues",
            OPERATIONS.toString(),
            "--now",
            now.toString(),
            "--format",
            "json");
    assertThat(status).as(err.toString()).isZero();
    return JSON.readTree(out.toString());
  }
}

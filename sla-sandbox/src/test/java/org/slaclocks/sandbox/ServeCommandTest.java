package org.slaclocks.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slaclocks.cli.SlaCommand;
import picocli.CommandLine;

/** {@code sla serve} refuses bad input with a clear message and a non-zero exit status. */
class ServeCommandTest {
  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int sla(String... args) {
    CommandLine commandLine =
        SlaCommand.commandLine(
            new StringReader(""), new PrintWriter(out), new PrintWriter(err), new ServeCommand());
    return commandLine.execute(args);
  }

  private String[] serve(String... args) {
    String[] all = new String[args.length + 5];
    all[0] = "serve";
    all[1] = "--data";
    all[2] = dir.resolve("data").toString();
    all[3] = "--port";
    all[4] = "0";
    System.arraycopy(args, 0, all, 5, args.length);
    return all;
  }

  @Test
  void aMissingPolicyFileIsNamed() {
    int status =
        sla(
            serve(
                "--policies",
                dir.resolve("nope.json").toString(),
                "--issues",
                Samples.ISSUES.toString()));
    assertThat(status).isEqualTo(1);
    assertThat(err.toString()).contains("policy file", "nope.json", "does not exist");
  }

  @Test
  void aBrokenPolicyFileSaysWhatIsWrong() throws Exception {
    Path policies = Files.writeString(dir.resolve("p.json"), "{\"policies\": [{\"id\": 3}]}");
    int status =
        sla(serve("--policies", policies.toString(), "--issues", Samples.ISSUES.toString()));
    assertThat(status).isEqualTo(1);
    assertThat(err.toString()).startsWith("sla: " + policies);
  }

  @Test
  void anUnreadableExportIsNamed() throws Exception {
    Path issues = Files.writeString(dir.resolve("i.json"), "this is not JSON");
    int status =
        sla(serve("--policies", Samples.POLICIES.toString(), "--issues", issues.toString()));
    assertThat(status).isEqualTo(1);
    assertThat(err.toString()).contains("no issue could be read", "i.json");
  }

  @Test
  void aMissingExportIsNamed() {
    int status =
        sla(
            serve(
                "--policies",
                Samples.POLICIES.toString(),
                "--issues",
                dir.resolve("x.json").toString()));
    assertThat(status).isEqualTo(1);
    assertThat(err.toString()).contains("issues file", "x.json", "does not exist");
  }

  @Test
  void policiesWithoutIssuesAreRefused() {
    int status = sla(serve("--policies", Samples.POLICIES.toString()));
    assertThat(status).isEqualTo(1);
    assertThat(err.toString()).contains("give both --policies and --issues");
  }

  @Test
  void aTakenPortIsNamedWithWhatToDo() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      int status =
          sla(
              "serve",
              "--data",
              dir.resolve("data").toString(),
              "--port",
              Integer.toString(taken.getLocalPort()),
              "--now",
              "2026-05-04T08:00:00Z");
      assertThat(status).isEqualTo(1);
      assertThat(err.toString()).contains("port " + taken.getLocalPort(), "is taken", "--port");
    }
  }

  @Test
  void aBadInstantIsAnArgumentError() {
    int status = sla(serve("--now", "tomorrow"));
    assertThat(status).isEqualTo(2);
    assertThat(err.toString()).contains("--now: 'tomorrow' is not an instant");
  }

  @Test
  void theExistingCommandsStillWork() {
    assertThat(
            sla(
                "replay",
                "--policies",
                Samples.POLICIES.toString(),
                "--issues",
                Samples.ISSUES.toString(),
                "--now",
                "2026-05-04T08:00:00Z",
                "--summary-only"))
        .isZero();
    assertThat(out.toString()).contains("Compliance summary at 2026-05-04T08:00:00Z");
  }

  @Test
  void everyOptionOfServeSaysWhatItIsFor() {
    CommandLine serve = new CommandLine(new ServeCommand());

    assertThat(serve.getCommandSpec().options())
        .allSatisfy(
            option ->
                assertThat(String.join("", option.description()))
                    .as(option.longestName())
                    .isNotBlank());
  }
}

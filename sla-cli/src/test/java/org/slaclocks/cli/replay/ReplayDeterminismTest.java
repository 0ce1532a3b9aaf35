package org.slaclocks.cli.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slaclocks.cli.SlaCommand;

/**
 * A clock is the same on every node: two JVMs replaying the same export print the same bytes. Each
 * JVM salts the iteration order of {@code Set.of} and {@code Set.copyOf} at random, and the second
 * one also hashes objects differently, so text built from an unordered set differs between the two
 * runs (as it would between two Jira nodes storing the same cause).
 */
class ReplayDeterminismTest {
  private static final Path FIXTURE = Path.of("src/test/resources/replay-determinism");

  @Test
  void theSampleHelpdeskReplaysToTheSameBytesInTwoJvms(@TempDir Path dir) throws Exception {
    Path root = repositoryRoot();
    List<String> replay =
        List.of(
            "replay",
            "--policies",
            root.resolve("examples/helpdesk/policies.json").toString(),
            "--issues",
            root.resolve("examples/helpdesk/issues.json").toString(),
            "--now",
            "2026-05-04T08:00:00Z",
            "--format",
            "json");

    byte[][] outputs = inTwoJvms(replay, dir);

    assertThat(new String(outputs[0], StandardCharsets.UTF_8)).contains("\"formatVersion\" : 1");
    assertThat(outputs[1]).isEqualTo(outputs[0]);
  }

  /** Goal rows on labels and components: their causes list every value of the field. */
  @Test
  void causesNamingLabelsAndComponentsReplayToTheSameBytesInTwoJvms(@TempDir Path dir)
      throws Exception {
    List<String> replay =
        List.of(
            "replay",
            "--policies",
            FIXTURE.resolve("policies.json").toString(),
            "--issues",
            FIXTURE.resolve("issues.json").toString(),
            "--now",
            "2026-03-03T09:00:00Z",
            "--format",
            "json");

    byte[][] outputs = inTwoJvms(replay, dir);

    assertThat(outputs[1]).isEqualTo(outputs[0]);
    assertThat(new String(outputs[0], StandardCharsets.UTF_8))
        .contains(
            "goal 8h -> 4h: labels changed to alpha, bravo, charlie, delta, echo, foxtrot, golf,"
                + " hotel, india, juliett, vip")
        .contains(
            "goal 8h -> 2h: components changed to Backup, Billing, Email, Network, Printing,"
                + " Storage, Telephony, VPN, Wifi")
        .contains("labels blocked, kilo, lima, mike, on-hold, vip, waiting");
  }

  /** Runs {@code sla} with the same arguments in two fresh JVMs at once; their standard outputs. */
  private static byte[][] inTwoJvms(List<String> args, Path dir)
      throws IOException, InterruptedException {
    List<List<String>> vmOptions =
        List.of(List.of(), List.of("-XX:+UnlockExperimentalVMOptions", "-XX:hashCode=3"));
    List<Process> processes = new ArrayList<>();
    List<Path> outs = new ArrayList<>();
    List<Path> errs = new ArrayList<>();
    for (int i = 0; i < vmOptions.size(); i++) {
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.addAll(vmOptions.get(i));
      command.add("-cp");
      command.add(System.getProperty("java.class.path"));
      command.add(SlaCommand.class.getName());
      command.addAll(args);
      Path out = dir.resolve("out" + i + ".json");
      Path err = dir.resolve("err" + i + ".txt");
      outs.add(out);
      errs.add(err);
      processes.add(
          new ProcessBuilder(command)
              .redirectOutput(out.toFile())
              .redirectError(err.toFile())
              .start());
      processes.get(i).getOutputStream().close();
    }
    byte[][] outputs = new byte[processes.size()][];
    for (int i = 0; i < processes.size(); i++) {
      Process process = processes.get(i);
      if (!process.waitFor(2, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new AssertionError("sla did not finish within 2 minutes: " + args);
      }
      assertThat(process.exitValue()).as(Files.readString(errs.get(i))).isZero();
      outputs[i] = Files.readAllBytes(outs.get(i));
    }
    return outputs;
  }

  private static Path repositoryRoot() {
    Path root = Path.of("").toAbsolutePath();
    while (!Files.exists(root.resolve("examples/helpdesk/policies.json"))) {
      root = root.getParent();
    }
    return root;
  }
}

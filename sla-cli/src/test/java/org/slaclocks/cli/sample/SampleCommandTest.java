package org.slaclocks.cli.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slaclocks.cli.SlaCommand;

class SampleCommandTest {
  record Run(int status, String out, String err) {}

  static Run sla(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status =
        SlaCommand.run(
            new StringReader(""), new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(status, out.toString(), err.toString());
  }

  @Test
  void writesTheSampleToStandardOutput() {
    Run run = sla("sample", "--issues", "25", "--seed", "7");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out())
        .isEqualTo(SampleHelpdesk.generate(7, 25, SampleHelpdesk.DEFAULT_FROM))
        .contains("\"total\": 25");
  }

  @Test
  void writesAFileAndGzipWhenItsNameEndsInGz(@TempDir Path dir) throws IOException {
    Path plain = dir.resolve("out/sample.json");
    Path gz = dir.resolve("sample.json.gz");

    Run first = sla("sample", "--issues", "10", "--seed", "3", "--output", plain.toString());
    Run second = sla("sample", "--issues", "10", "--seed", "3", "--output", gz.toString());

    assertThat(first.status()).as(first.err()).isZero();
    assertThat(first.out()).isEmpty();
    assertThat(first.err()).contains("wrote 10 issues (seed 3) to " + plain);
    assertThat(second.status()).as(second.err()).isZero();
    String expected = SampleHelpdesk.generate(3, 10, SampleHelpdesk.DEFAULT_FROM);
    assertThat(Files.readString(plain)).isEqualTo(expected);
    try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(expected);
    }
  }

  @Test
  void theOperationsDeskHasItsOwnKeys() {
    Run run = sla("sample", "--issues", "2", "--project", "OPS");

    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("\"key\": \"OPS-1\"").doesNotContain("HELP-");
  }

  @Test
  void badArgumentsAreUsageErrors() {
    Run negative = sla("sample", "--issues", "-1");
    Run project = sla("sample", "--project", "NOPE");
    Run from = sla("sample", "--from", "monday");

    assertThat(negative.status()).isEqualTo(2);
    assertThat(negative.err()).contains("--issues must not be negative, was -1");
    assertThat(project.status()).isEqualTo(2);
    assertThat(project.err()).contains("no sample project NOPE");
    assertThat(from.status()).isEqualTo(2);
    assertThat(from.err()).contains("--from: 'monday' is not an instant");
  }
}

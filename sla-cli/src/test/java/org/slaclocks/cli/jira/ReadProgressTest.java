package org.slaclocks.cli.jira;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ReadProgressTest {
  @Test
  void saysIssuesReadTheirRateAndTheTimeLeftFromTheBytesRead() {
    AtomicLong nanos = new AtomicLong();
    StringWriter text = new StringWriter();
    ReadProgress progress =
        ReadProgress.drawing(new PrintWriter(text), "read", 1_000_000_000L, nanos::get);

    for (int i = 0; i < 8_000; i++) {
      progress.issueDone();
    }
    progress.addBytes(250_000_000L);
    nanos.set(2_000_000_000L);
    progress.issueDone();

    assertThat(text.toString())
        .isEqualTo("\r8,001 issues read, 4,001 a second, 25% of 1.0 GB, 6 s left");
    progress.finish();
    assertThat(text.toString()).endsWith("\r" + " ".repeat(58) + "\r");
  }

  @Test
  void aNextStepSaysIssuesStoredAndTheTimeLeftFromTheIssuesOfItsCount() {
    AtomicLong nanos = new AtomicLong();
    StringWriter text = new StringWriter();
    ReadProgress read =
        ReadProgress.drawing(new PrintWriter(text), "read", 1_000_000_000L, nanos::get);
    read.addBytes(1_000_000_000L);
    nanos.set(5_000_000_000L);
    ReadProgress stored = read.nextStep("stored", 20_000);

    for (int i = 0; i < 4_999; i++) {
      stored.issueDone();
    }
    nanos.set(15_000_000_000L);
    stored.issueDone();

    assertThat(text.toString())
        .isEqualTo("\r5,000 issues stored, 500 a second, 25% of 20,000, 30 s left");
  }

  @Test
  void aNextStepOfSilentProgressIsSilent() {
    StringWriter text = new StringWriter();
    ReadProgress stored =
        ReadProgress.of(new PrintWriter(text), List.of(), "read").nextStep("stored", 10);

    for (int i = 0; i < 10; i++) {
      stored.issueDone();
    }
    stored.finish();

    assertThat(text.toString()).isEmpty();
  }

  @Test
  void drawsNothingForAShortRead() {
    AtomicLong nanos = new AtomicLong();
    StringWriter text = new StringWriter();
    ReadProgress progress = ReadProgress.drawing(new PrintWriter(text), "read", 0, nanos::get);

    nanos.set(900_000_000L);
    progress.issueDone();
    progress.finish();

    assertThat(text.toString()).isEmpty();
  }

  @Test
  void drawsNothingOnAWriterThatIsNotTheTerminal() {
    StringWriter text = new StringWriter();
    ReadProgress progress = ReadProgress.of(new PrintWriter(text), List.of(), "read");

    for (int i = 0; i < 100_000; i++) {
      progress.issueDone();
    }
    progress.finish();

    assertThat(text.toString()).isEmpty();
  }
}

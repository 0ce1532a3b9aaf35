package org.slaclocks.cli.jira;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * The progress line of a long read on standard error: issues done, issues a second, and the time
 * left from the bytes read of the files' size (or, for a step over a known number of issues, from
 * the issues done of that number). It is drawn only when standard error is a terminal (a person
 * watches it); a pipe or a file gets nothing, so that logs stay clean.
 */
public final class ReadProgress {
  private static final long REDRAW_NANOS = 250_000_000L;
  private static final long QUIET_START_NANOS = 1_000_000_000L;

  /** The process's standard error, marked so that progress may be drawn on it. */
  private static final class StandardError extends PrintWriter {
    StandardError() {
      super(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    }
  }

  private final PrintWriter err;
  private final String done;
  private final long totalBytes;
  private final long totalIssues;
  private final LongSupplier nanoTime;
  private final AtomicLong bytes = new AtomicLong();
  private final long started;
  private long issues;
  private long lastDrawn;
  private int drawnWidth;

  private ReadProgress(
      PrintWriter err, String done, long totalBytes, long totalIssues, LongSupplier nanoTime) {
    this.err = err;
    this.done = done;
    this.totalBytes = totalBytes;
    this.totalIssues = totalIssues;
    this.nanoTime = nanoTime;
    this.started = nanoTime.getAsLong();
    this.lastDrawn = started - REDRAW_NANOS + QUIET_START_NANOS; // a short read draws nothing
  }

  /** The writer for standard error that the {@code sla} entry points use. */
  public static PrintWriter standardError() {
    return new StandardError();
  }

  /** Progress that shows nothing. */
  public static ReadProgress silent() {
    return new ReadProgress(null, "", 0, 0, System::nanoTime);
  }

  /**
   * Progress of reading {@code files} ({@code done} says what happens to each issue: "read",
   * "loaded"), drawn on {@code err} when it is the process's standard error and that is a terminal.
   */
  public static ReadProgress of(PrintWriter err, List<Path> files, String done) {
    if (!(err instanceof StandardError) || !isStandardErrorATerminal()) {
      return silent();
    }
    return new ReadProgress(err, done, sizeOf(files), 0, System::nanoTime);
  }

  /**
   * Progress of a next step over {@code totalIssues} issues ({@code done}: "stored"), drawn where
   * this one is drawn (nowhere when this one is silent), its time left counted from the issues.
   */
  public ReadProgress nextStep(String done, long totalIssues) {
    return new ReadProgress(err, done, 0, totalIssues, nanoTime);
  }

  /** Progress drawn on {@code err} whatever it is, with the given time source (for tests). */
  static ReadProgress drawing(
      PrintWriter err, String done, long totalBytes, LongSupplier nanoTime) {
    return new ReadProgress(err, done, totalBytes, 0, nanoTime);
  }

  private static long sizeOf(List<Path> files) {
    long total = 0;
    for (Path file : files) {
      try {
        total += Files.size(file);
      } catch (IOException e) {
        // the reader reports the file; the time left is then a guess
      }
    }
    return total;
  }

  private static boolean isStandardErrorATerminal() {
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return System.console() != null; // no /proc: stdin and stdout at a terminal
    }
  }

  /** Bytes of the files read so far (compressed bytes for a gzip file); any thread. */
  void addBytes(long count) {
    bytes.addAndGet(count);
  }

  /** One more issue done; redraws the line now and then. Called from one thread. */
  public void issueDone() {
    issues++;
    if (err == null) {
      return;
    }
    long now = nanoTime.getAsLong();
    if (now - lastDrawn >= REDRAW_NANOS) {
      lastDrawn = now;
      String text = line(now);
      err.print("\r" + text + " ".repeat(Math.max(0, drawnWidth - text.length())));
      err.flush();
      drawnWidth = text.length();
    }
  }

  /** Clears the line, so that what follows starts on a clean one. */
  public void finish() {
    if (err != null && drawnWidth > 0) {
      err.print("\r" + " ".repeat(drawnWidth) + "\r");
      err.flush();
      drawnWidth = 0;
    }
  }

  /**
   * The line at {@code now}: {@code 12,000 issues read, 8,100 a second, 45% of 189 MB, 9 s left},
   * or for a step over a known number of issues {@code 9,000 issues stored, 450 a second, 45% of
   * 20,000, 24 s left}.
   */
  String line(long now) {
    double seconds = Math.max(1e-9, (now - started) / 1e9);
    StringBuilder line =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "%,d issues %s, %,d a second",
                issues,
                done,
                Math.round(issues / seconds)));
    long read = bytes.get();
    if (totalIssues > 0 && issues > 0) {
      append(
          line,
          (double) issues / totalIssues,
          String.format(Locale.ROOT, "%,d", totalIssues),
          seconds);
    } else if (totalBytes > 0 && read > 0) {
      append(line, (double) read / totalBytes, size(totalBytes), seconds);
    }
    return line.toString();
  }

  private static void append(StringBuilder line, double done, String of, double seconds) {
    double fraction = Math.min(1.0, done);
    line.append(
        String.format(
            Locale.ROOT,
            ", %d%% of %s, %s left",
            (int) Math.floor(fraction * 100),
            of,
            duration(Math.round(seconds * (1 - fraction) / fraction))));
  }

  private static String size(long bytes) {
    if (bytes >= 1_000_000_000L) {
      return String.format(Locale.ROOT, "%.1f GB", bytes / 1e9);
    }
    return String.format(Locale.ROOT, "%d MB", Math.max(1, Math.round(bytes / 1e6)));
  }

  private static String duration(long seconds) {
    return seconds < 60
        ? seconds + " s"
        : String.format(Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60);
  }
}

package org.slaclocks.cli.jira;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A Jira export read on one thread and worked on by several, with the results handed over in the
 * order the issues were read. The reader parses issues into batches; each batch is worked on by a
 * pool thread (mapping and computing, the costly part); the caller's thread takes the batches back
 * in order. The queue between them is short, so memory holds a few batches of issues, not the file.
 */
public final class ExportPipeline {
  private static final int BATCH = 64;

  /** What one issue (or a file) became, in read order. */
  public sealed interface Outcome<R> {
    /** The work's result for an issue. */
    record Done<R>(R result) implements Outcome<R> {}

    /** An issue or a file that could not be read. */
    record Skipped<R>(JiraExportReader.Failure failure) implements Outcome<R> {}
  }

  private ExportPipeline() {}

  /** The threads that pay on this machine: one per core, at least one. */
  public static int threads() {
    return Math.max(1, Runtime.getRuntime().availableProcessors());
  }

  /**
   * Reads {@code files}, applies {@code work} to every issue on {@code threads} pool threads, and
   * hands each outcome to {@code consumer} on the calling thread, in read order. The work's {@link
   * IllegalArgumentException} skips the issue with its message; any other exception stops the run
   * and is thrown here.
   */
  public static <R> void run(
      List<Path> files,
      ReaderOptions options,
      int threads,
      ReadProgress progress,
      Function<ExportIssue, R> work,
      Consumer<Outcome<R>> consumer) {
    Objects.requireNonNull(work, "work");
    Objects.requireNonNull(consumer, "consumer");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
    BlockingQueue<Future<List<Outcome<R>>>> queue = new ArrayBlockingQueue<>(threads * 2 + 2);
    Future<List<Outcome<R>>> end = CompletableFuture.completedFuture(null);
    AtomicInteger number = new AtomicInteger();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "sla-export-work-" + number.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    Thread reader =
        new Thread(
            () -> {
              Batcher<R> batcher = new Batcher<>(queue, pool, work);
              try {
                JiraExportStream.read(files, options, progress, batcher);
                batcher.flush();
                queue.put(end);
              } catch (InterruptedException | Stopped e) {
                Thread.currentThread().interrupt(); // the consumer gave up
              } catch (RuntimeException | Error e) {
                try {
                  queue.put(CompletableFuture.failedFuture(e));
                } catch (InterruptedException stopped) {
                  Thread.currentThread().interrupt();
                }
              }
            },
            "sla-export-reader");
    reader.setDaemon(true);
    reader.start();
    try {
      while (true) {
        Future<List<Outcome<R>>> next = queue.take();
        if (next == end) {
          break;
        }
        for (Outcome<R> outcome : next.get()) {
          consumer.accept(outcome);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading the export", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      reader.interrupt();
      pool.shutdownNow();
    }
  }

  /** The reader's side: issues gathered into batches, each batch sent to the pool as it fills. */
  private static final class Batcher<R> implements JiraExportStream.Listener {
    private final BlockingQueue<Future<List<Outcome<R>>>> queue;
    private final ExecutorService pool;
    private final Function<ExportIssue, R> work;
    private List<ExportIssue> batch = new ArrayList<>(BATCH);

    Batcher(
        BlockingQueue<Future<List<Outcome<R>>>> queue,
        ExecutorService pool,
        Function<ExportIssue, R> work) {
      this.queue = queue;
      this.pool = pool;
      this.work = work;
    }

    @Override
    public void issue(ExportIssue issue) {
      batch.add(issue);
      if (batch.size() == BATCH) {
        flush();
      }
    }

    @Override
    public void failure(JiraExportReader.Failure failure) {
      flush();
      put(CompletableFuture.completedFuture(List.of(new Outcome.Skipped<>(failure))));
    }

    void flush() {
      if (batch.isEmpty()) {
        return;
      }
      List<ExportIssue> full = batch;
      batch = new ArrayList<>(BATCH);
      put(pool.submit(() -> work(full)));
    }

    private List<Outcome<R>> work(List<ExportIssue> issues) {
      List<Outcome<R>> outcomes = new ArrayList<>(issues.size());
      for (ExportIssue issue : issues) {
        try {
          outcomes.add(new Outcome.Done<>(work.apply(issue)));
        } catch (IllegalArgumentException e) {
          outcomes.add(new Outcome.Skipped<>(issue.failure(e)));
        }
      }
      return outcomes;
    }

    private void put(Future<List<Outcome<R>>> future) {
      try {
        queue.put(future);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new Stopped();
      }
    }
  }

  /** The consumer gave up: the reader stops without reporting anything. */
  private static final class Stopped extends RuntimeException {
    Stopped() {
      super(null, null, false, false);
    }
  }
}

package org.slaclocks.jira.tracking;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** Collects what a class logs, for tests that check what an administrator would see. */
final class LogRecords extends Handler implements AutoCloseable {
  private final Logger logger;
  private final Level previous;
  private final List<LogRecord> records = new CopyOnWriteArrayList<>();

  private LogRecords(Logger logger) {
    this.logger = logger;
    this.previous = logger.getLevel();
    logger.setLevel(Level.ALL);
    logger.addHandler(this);
  }

  static LogRecords of(Class<?> type) {
    return new LogRecords(Logger.getLogger(type.getName()));
  }

  /** Records at {@code level} or above. */
  List<LogRecord> atLeast(Level level) {
    return records.stream().filter(r -> r.getLevel().intValue() >= level.intValue()).toList();
  }

  @Override
  public void publish(LogRecord record) {
    records.add(record);
  }

  @Override
  public void flush() {}

  @Override
  public void close() {
    logger.removeHandler(this);
    logger.setLevel(previous);
  }
}

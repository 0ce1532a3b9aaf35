package org.slaclocks.cli.replay;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slaclocks.clock.ClockState;
import org.slaclocks.clock.Cycle;
import org.slaclocks.clock.Goal;
import org.slaclocks.report.ReportCycle;

/**
 * An issue's report cycles as a few bytes each, so that {@code sla report} can put them in the
 * run's temporary file and read them back for every report instead of holding every cycle of the
 * export on the heap (at 100,000 issues those objects alone took most of a 512 MB heap).
 *
 * <p>Decoding gives back records equal to those encoded, except the issue key, which is the kept
 * issue's own (every report cycle of an issue has its key): instants and durations keep their
 * nanoseconds, and a cycle is without pauses and timeline as {@link
 * org.slaclocks.report.IssueCycles} makes it. Values that repeat from issue to issue (policy,
 * metric, project, goal, zone, field names and values) are written as their number in a table that
 * this object keeps; the reports read only the priority, the {@code --by} field and the customer
 * fields, whose values repeat, so the table stays small. Thread-safe: issues are encoded on the
 * pipeline's threads.
 */
final class CompactCycles {
  private static final ClockState[] STATES = ClockState.values();
  private static final int START = 1;
  private static final int STOP = 2;
  private static final int ELAPSED = 4;
  private static final int REMAINING = 8;
  private static final int DEADLINE = 16;
  private static final int BREACH_AT = 32;
  private static final int AT_RISK_AT = 64;
  private static final int STATE = 128;

  private final List<Object> values = new ArrayList<>();
  private final Map<Object, Integer> numbers = new HashMap<>();

  /** The cycles of one issue as bytes. */
  byte[] encode(List<ReportCycle> cycles) {
    Out out = new Out(16 + 40 * cycles.size());
    out.number(cycles.size());
    for (ReportCycle c : cycles) {
      Cycle cycle = c.cycle();
      out.number(c.issueId());
      out.number(number(c.projectKey()));
      out.number(number(c.policyId()));
      out.number(number(c.metricId()));
      out.number(number(c.zone()));
      out.number(cycle.index());
      out.number(number(cycle.goal()));
      int present =
          (cycle.start() == null ? 0 : START)
              | (cycle.stop() == null ? 0 : STOP)
              | (cycle.elapsed() == null ? 0 : ELAPSED)
              | (cycle.remaining() == null ? 0 : REMAINING)
              | (cycle.deadline() == null ? 0 : DEADLINE)
              | (cycle.breachAt() == null ? 0 : BREACH_AT)
              | (cycle.atRiskAt() == null ? 0 : AT_RISK_AT)
              | (cycle.state() == null ? 0 : STATE);
      out.number(present);
      if (cycle.state() != null) {
        out.number(cycle.state().ordinal());
      }
      out.instant(cycle.start());
      out.instant(cycle.stop());
      out.duration(cycle.elapsed());
      out.duration(cycle.remaining());
      out.instant(cycle.deadline());
      out.instant(cycle.breachAt());
      out.instant(cycle.atRiskAt());
      out.number(c.fields().size());
      for (Map.Entry<String, String> field : c.fields().entrySet()) {
        out.number(number(field.getKey()));
        out.number(number(field.getValue()));
      }
    }
    return out.bytes();
  }

  /** The cycles {@link #encode} was given, with {@code issueKey} as their issue's key. */
  List<ReportCycle> decode(String issueKey, byte[] bytes) {
    In in = new In(bytes);
    int count = (int) in.number();
    List<ReportCycle> out = new ArrayList<>(count);
    synchronized (this) {
      for (int i = 0; i < count; i++) {
        long issueId = in.number();
        String project = (String) value(in);
        String policy = (String) value(in);
        String metric = (String) value(in);
        ZoneId zone = (ZoneId) value(in);
        int index = (int) in.number();
        Goal goal = (Goal) value(in);
        int present = (int) in.number();
        ClockState state = (present & STATE) == 0 ? null : STATES[(int) in.number()];
        Instant start = (present & START) == 0 ? null : in.instant();
        Instant stop = (present & STOP) == 0 ? null : in.instant();
        Duration elapsed = (present & ELAPSED) == 0 ? null : in.duration();
        Duration remaining = (present & REMAINING) == 0 ? null : in.duration();
        Instant deadline = (present & DEADLINE) == 0 ? null : in.instant();
        Instant breachAt = (present & BREACH_AT) == 0 ? null : in.instant();
        Instant atRiskAt = (present & AT_RISK_AT) == 0 ? null : in.instant();
        int fieldCount = (int) in.number();
        Map<String, String> fields = new HashMap<>(fieldCount * 2);
        for (int f = 0; f < fieldCount; f++) {
          fields.put((String) value(in), (String) value(in));
        }
        Cycle cycle =
            new Cycle(
                index, start, stop, goal, state, elapsed, remaining, deadline, breachAt, atRiskAt,
                List.of(), List.of());
        out.add(new ReportCycle(issueId, issueKey, project, policy, metric, cycle, zone, fields));
      }
    }
    return out;
  }

  private synchronized int number(Object value) {
    Integer known = numbers.get(value);
    if (known != null) {
      return known;
    }
    numbers.put(value, values.size());
    values.add(value);
    return values.size() - 1;
  }

  /** Called holding the lock. */
  private Object value(In in) {
    return values.get((int) in.number());
  }

  /** Unsigned numbers in 7-bit groups (a number under 128 is one byte); signed ones zigzagged. */
  private static final class Out {
    private byte[] buffer;
    private int size;

    Out(int capacity) {
      buffer = new byte[capacity];
    }

    void number(long value) {
      if (size + 10 > buffer.length) {
        buffer = Arrays.copyOf(buffer, buffer.length * 2 + 10);
      }
      while ((value & ~0x7FL) != 0) {
        buffer[size++] = (byte) ((value & 0x7F) | 0x80);
        value >>>= 7;
      }
      buffer[size++] = (byte) value;
    }

    void signed(long value) {
      number((value << 1) ^ (value >> 63));
    }

    /** Nothing for null: the presence bits say which are there. */
    void instant(Instant instant) {
      if (instant != null) {
        signed(instant.getEpochSecond());
        number(instant.getNano());
      }
    }

    void duration(Duration duration) {
      if (duration != null) {
        signed(duration.getSeconds());
        number(duration.getNano());
      }
    }

    byte[] bytes() {
      return Arrays.copyOf(buffer, size);
    }
  }

  private static final class In {
    private final byte[] bytes;
    private int at;

    In(byte[] bytes) {
      this.bytes = bytes;
    }

    long number() {
      long value = 0;
      int shift = 0;
      byte b;
      do {
        b = bytes[at++];
        value |= (long) (b & 0x7F) << shift;
        shift += 7;
      } while (b < 0);
      return value;
    }

    long signed() {
      long raw = number();
      return (raw >>> 1) ^ -(raw & 1);
    }

    Instant instant() {
      long seconds = signed();
      return Instant.ofEpochSecond(seconds, number());
    }

    Duration duration() {
      long seconds = signed();
      return Duration.ofSeconds(seconds, number());
    }
  }
}

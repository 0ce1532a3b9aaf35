package org.slaclocks.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The working intervals of a calendar as instants, with cumulative working time, in blocks of 2^25
 * seconds (about 388 days) of the UTC timeline. Within a block, working time up to an instant is
 * one binary search, and a deadline is another, over the cumulative totals; across blocks whole
 * blocks are skipped by their totals. So a 30-business-day deadline costs a few more steps than an
 * 8-hour one, and nothing walks day by day. Holidays are in the intervals, so they are exact.
 *
 * <p>Blocks are built on first use and kept; they are immutable, so concurrent readers need no
 * locks (two threads may build the same block; one copy wins).
 */
final class CalendarIndex {
  private static final int BLOCK_SHIFT = 25;
  private static final long NANOS = 1_000_000_000L;

  /** A deadline further away than this is refused rather than computed block by block. */
  private static final long MAX_DURATION_SECONDS = 200L * 366 * 24 * 3600;

  private final ZoneId zone;
  private final Function<LocalDate, List<WorkingPeriod>> periodsOn;
  private final ConcurrentHashMap<Long, Block> blocks = new ConcurrentHashMap<>();

  /** Kept, so that a cache miss on {@link #recent} does not allocate a method reference. */
  private final Function<Long, Block> builder = this::buildBlock;

  private volatile Block recent;

  CalendarIndex(ZoneId zone, Function<LocalDate, List<WorkingPeriod>> periodsOn) {
    this.zone = zone;
    this.periodsOn = periodsOn;
  }

  Duration workingTime(Instant startInclusive, Instant endExclusive) {
    if (endExclusive.compareTo(startInclusive) <= 0) {
      return Duration.ZERO;
    }
    long from = blockIndex(startInclusive);
    long to = blockIndex(endExclusive);
    Block first = block(from);
    if (from == to) {
      return Duration.ofNanos(first.nanosUpTo(endExclusive) - first.nanosUpTo(startInclusive));
    }
    long wholeSeconds = 0;
    for (long k = from + 1; k < to; k++) {
      wholeSeconds += block(k).totalSeconds();
    }
    long partNanos =
        (first.totalSeconds() * NANOS - first.nanosUpTo(startInclusive))
            + block(to).nanosUpTo(endExclusive);
    return Duration.ofSeconds(wholeSeconds).plusNanos(partNanos);
  }

  Instant deadline(Instant start, Duration duration) {
    if (duration.getSeconds() > MAX_DURATION_SECONDS) {
      throw new IllegalArgumentException(
          "duration " + duration + " is too long: goals of more than 200 years are not supported");
    }
    if (duration.isZero()) {
      return nextWorkingInstant(start);
    }
    long k = blockIndex(start);
    Block block = block(k);
    long remaining = duration.toNanos();
    long offset = block.nanosUpTo(start);
    long available = block.totalSeconds() * NANOS - offset;
    while (remaining > available) {
      remaining -= available;
      block = block(++k);
      offset = 0;
      available = block.totalSeconds() * NANOS;
    }
    return block.instantAt(offset + remaining);
  }

  boolean isWorkingTime(Instant instant) {
    Block block = block(blockIndex(instant));
    int i = block.lastStartingAtOrBefore(instant.getEpochSecond());
    return i >= 0 && instant.getEpochSecond() < block.ends[i];
  }

  Instant nextWorkingInstant(Instant instant) {
    long k = blockIndex(instant);
    Block block = block(k);
    int i = block.firstEndingAfter(instant.getEpochSecond());
    if (i < block.ends.length) {
      return block.starts[i] <= instant.getEpochSecond()
          ? instant
          : Instant.ofEpochSecond(block.starts[i]);
    }
    do {
      block = block(++k);
    } while (block.starts.length == 0);
    return Instant.ofEpochSecond(block.starts[0]);
  }

  Instant workingIntervalEnd(Instant instant) {
    long k = blockIndex(instant);
    Block block = block(k);
    int i = block.lastStartingAtOrBefore(instant.getEpochSecond());
    if (i < 0 || instant.getEpochSecond() >= block.ends[i]) {
      return instant;
    }
    // An interval cut at a block boundary continues in the next block; a calendar that never
    // closes (24/7) would continue forever, so look one block (about a year) ahead at most.
    long end = block.ends[i];
    if (i == block.ends.length - 1 && end == block.limit) {
      Block next = block(k + 1);
      if (next.starts.length > 0 && next.starts[0] == end) {
        end = next.ends[0];
      }
    }
    return Instant.ofEpochSecond(end);
  }

  private static long blockIndex(Instant instant) {
    return instant.getEpochSecond() >> BLOCK_SHIFT;
  }

  private Block block(long k) {
    Block cached = recent;
    if (cached != null && cached.index == k) {
      return cached;
    }
    Block block = blocks.computeIfAbsent(k, builder);
    recent = block;
    return block;
  }

  private Block buildBlock(long k) {
    long limitStart = k << BLOCK_SHIFT;
    long limitEnd = (k + 1) << BLOCK_SHIFT;
    // One day before for overnight periods that reach into the block, one after for offsets.
    LocalDate firstDay = LocalDate.ofEpochDay(Math.floorDiv(limitStart, 86_400L)).minusDays(2);
    LocalDate lastDay = LocalDate.ofEpochDay(Math.floorDiv(limitEnd, 86_400L)).plusDays(1);
    long[] raw = new long[64];
    int n = 0;
    for (LocalDate day = firstDay; !day.isAfter(lastDay); day = day.plusDays(1)) {
      for (WorkingPeriod period : periodsOn.apply(day)) {
        long start = Math.max(limitStart, epochSecond(day, period.startMinute()));
        long end = Math.min(limitEnd, epochSecond(day, period.endMinute()));
        if (start < end) {
          if (n + 2 > raw.length) {
            raw = Arrays.copyOf(raw, raw.length * 2);
          }
          raw[n++] = start;
          raw[n++] = end;
        }
      }
    }
    return Block.of(k, limitEnd, raw, n / 2);
  }

  private long epochSecond(LocalDate day, int minuteOfDay) {
    LocalDateTime local = day.atStartOfDay().plusMinutes(minuteOfDay);
    if (zone instanceof ZoneOffset offset) {
      return local.toEpochSecond(offset);
    }
    return ZonedDateTime.ofLocal(local, zone, null).toEpochSecond();
  }

  /** Merged, sorted intervals {@code [starts[i], ends[i])} of one block with running totals. */
  private static final class Block {
    final long index;
    final long limit;
    final long[] starts;
    final long[] ends;

    /** Working seconds in this block before {@code starts[i]}. */
    final long[] before;

    private Block(long index, long limit, long[] starts, long[] ends, long[] before) {
      this.index = index;
      this.limit = limit;
      this.starts = starts;
      this.ends = ends;
      this.before = before;
    }

    static Block of(long index, long limit, long[] raw, int count) {
      Integer[] order = new Integer[count];
      for (int i = 0; i < count; i++) {
        order[i] = i;
      }
      Arrays.sort(order, (a, b) -> Long.compare(raw[2 * a], raw[2 * b]));
      long[] starts = new long[count];
      long[] ends = new long[count];
      int m = 0;
      for (int j = 0; j < count; j++) {
        long s = raw[2 * order[j]];
        long e = raw[2 * order[j] + 1];
        if (m > 0 && s <= ends[m - 1]) {
          ends[m - 1] = Math.max(ends[m - 1], e); // overlapping or touching: one interval
        } else {
          starts[m] = s;
          ends[m] = e;
          m++;
        }
      }
      starts = Arrays.copyOf(starts, m);
      ends = Arrays.copyOf(ends, m);
      long[] before = new long[m + 1];
      for (int i = 0; i < m; i++) {
        before[i + 1] = before[i] + (ends[i] - starts[i]);
      }
      return new Block(index, limit, starts, ends, before);
    }

    long totalSeconds() {
      return before[starts.length];
    }

    /** Working time in this block before {@code instant}, which lies in this block. */
    long nanosUpTo(Instant instant) {
      long second = instant.getEpochSecond();
      int i = lastStartingAtOrBefore(second);
      if (i < 0) {
        return 0;
      }
      if (second >= ends[i]) {
        return before[i + 1] * NANOS;
      }
      return (before[i] + (second - starts[i])) * NANOS + instant.getNano();
    }

    /** The earliest instant with {@code nanos} of working time before it; {@code 0 < nanos}. */
    Instant instantAt(long nanos) {
      // first interval whose cumulative end reaches nanos
      int lo = 0;
      int hi = starts.length - 1;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (before[mid + 1] * NANOS >= nanos) {
          hi = mid;
        } else {
          lo = mid + 1;
        }
      }
      long into = nanos - before[lo] * NANOS;
      return Instant.ofEpochSecond(starts[lo], into);
    }

    int lastStartingAtOrBefore(long second) {
      int lo = 0;
      int hi = starts.length - 1;
      int found = -1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        if (starts[mid] <= second) {
          found = mid;
          lo = mid + 1;
        } else {
          hi = mid - 1;
        }
      }
      return found;
    }

    int firstEndingAfter(long second) {
      int lo = 0;
      int hi = ends.length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (ends[mid] > second) {
          hi = mid;
        } else {
          lo = mid + 1;
        }
      }
      return lo;
    }
  }
}

package org.slaclocks.jira.persistence;

import java.util.Arrays;
import java.util.function.LongConsumer;

/**
 * Issue ids gathered from several range queries (8 bytes each, no boxing), given out once each in
 * ascending order: how the answers of an OR of ranges, asked one range at a time, are merged.
 */
public final class GatheredIds implements LongConsumer {
  private long[] ids = new long[1024];
  private int count;

  @Override
  public void accept(long id) {
    if (count == ids.length) {
      ids = Arrays.copyOf(ids, ids.length * 2);
    }
    ids[count++] = id;
  }

  /** Feeds {@code sink} every id gathered, ascending, each once. */
  public void forEachDistinct(LongConsumer sink) {
    Arrays.sort(ids, 0, count);
    for (int i = 0; i < count; i++) {
      if (i == 0 || ids[i] != ids[i - 1]) {
        sink.accept(ids[i]);
      }
    }
  }
}

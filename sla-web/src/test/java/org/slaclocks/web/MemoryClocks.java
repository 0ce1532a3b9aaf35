package org.slaclocks.web;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slaclocks.tracking.ClockRepository;
import org.slaclocks.tracking.ClockUpdate;
import org.slaclocks.tracking.IssueClocks;
import org.slaclocks.tracking.StoredClock;

/** Stored clocks in memory, counting reads; an issue can be made unreadable (a corrupt row). */
public final class MemoryClocks implements ClockRepository {
  private final Map<Long, Stored> stored = new HashMap<>();
  private final Set<Long> unreadable = new HashSet<>();
  private int loadAllCalls;

  public void put(IssueClocks clocks) {
    stored.put(clocks.issueId(), new Stored(clocks, 1));
  }

  public void makeUnreadable(long issueId) {
    unreadable.add(issueId);
  }

  public int loadAllCalls() {
    return loadAllCalls;
  }

  @Override
  public Map<Long, Long> versions(Collection<Long> issueIds) {
    Map<Long, Long> out = new HashMap<>();
    for (Long id : issueIds) {
      if (stored.containsKey(id)) {
        out.put(id, stored.get(id).version());
      }
    }
    return out;
  }

  @Override
  public Set<Long> storeAll(Collection<ClockUpdate> updates) {
    throw new UnsupportedOperationException("views only read");
  }

  @Override
  public void delete(Collection<Long> issueIds) {
    throw new UnsupportedOperationException("views only read");
  }

  @Override
  public Map<Long, Stored> loadAll(Collection<Long> issueIds) {
    loadAllCalls++;
    Map<Long, Stored> out = new HashMap<>();
    for (Long id : issueIds) {
      if (unreadable.contains(id)) {
        throw new IllegalStateException("stored clocks of issue " + id + " are corrupt");
      }
      if (stored.containsKey(id)) {
        out.put(id, stored.get(id));
      }
    }
    return out;
  }

  @Override
  public List<StoredClock> summaries(long issueId) {
    throw new UnsupportedOperationException("views do not read summaries");
  }
}

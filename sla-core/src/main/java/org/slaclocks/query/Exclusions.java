package org.slaclocks.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.slaclocks.clock.ExclusionWindow;
import org.slaclocks.policy.Exclusion;

/**
 * The exclusion windows in force: those for every issue, and those of single issues by issue id.
 */
public record Exclusions(
    List<ExclusionWindow> everyIssue, Map<Long, List<ExclusionWindow>> byIssue) {
  public static final Exclusions NONE = new Exclusions(List.of(), Map.of());

  /**
   * The windows of {@code exclusions}: global ones for every issue, the others by issue id; one
   * that names an issue by key only (not resolved to an id) applies to no issue.
   */
  public static Exclusions of(Collection<Exclusion> exclusions) {
    List<ExclusionWindow> everyIssue = new ArrayList<>();
    Map<Long, List<ExclusionWindow>> byIssue = new HashMap<>();
    for (Exclusion exclusion : exclusions) {
      if (exclusion.isGlobal()) {
        everyIssue.add(exclusion.window());
      } else if (exclusion.issueId() != null) {
        byIssue
            .computeIfAbsent(exclusion.issueId(), id -> new ArrayList<>())
            .add(exclusion.window());
      }
    }
    return new Exclusions(everyIssue, byIssue);
  }

  public Exclusions {
    everyIssue = List.copyOf(everyIssue);
    byIssue = Map.copyOf(byIssue);
  }

  /** A window for every issue covers {@code now}. */
  public boolean coversEveryIssue(Instant now) {
    return covers(everyIssue, now);
  }

  /** The issues that a window of their own covers at {@code now}, ascending. */
  public Set<Long> issuesCovered(Instant now) {
    Set<Long> ids = new TreeSet<>();
    byIssue.forEach(
        (id, windows) -> {
          if (covers(windows, now)) {
            ids.add(id);
          }
        });
    return ids;
  }

  /** The windows that apply to issue {@code issueId}. */
  public List<ExclusionWindow> of(long issueId) {
    List<ExclusionWindow> windows = new ArrayList<>(everyIssue);
    windows.addAll(byIssue.getOrDefault(issueId, List.of()));
    return windows;
  }

  private static boolean covers(List<ExclusionWindow> windows, Instant now) {
    for (ExclusionWindow w : windows) {
      if (!w.startInclusive().isAfter(now) && w.endExclusive().isAfter(now)) {
        return true;
      }
    }
    return false;
  }
}

package org.slaclocks.tracking;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slaclocks.history.IssueState;
import org.slaclocks.policy.ChangeContext;

/**
 * The issue's fields as they were at any instant of its history, for the {@code when} of reminders
 * and escalations: a change at an instant counts from that instant on. After the last change, the
 * issue as it is now.
 */
final class IssueStates {
  private final List<Instant> at = new ArrayList<>();
  private final List<IssueState> states = new ArrayList<>();

  /** {@code changes} in history order, the creation first. */
  IssueStates(List<ChangeContext> changes) {
    for (ChangeContext change : changes) {
      at.add(change.at());
      states.add(change.after());
    }
  }

  /** The issue at {@code instant}; the state at creation for an instant before it. */
  IssueState at(Instant instant) {
    int lo = 0;
    int hi = at.size() - 1;
    int found = 0;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (!at.get(mid).isAfter(instant)) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return states.get(found);
  }

  /** The instant of the last change: from it on, the issue does not change. */
  Instant lastChange() {
    return at.get(at.size() - 1);
  }
}

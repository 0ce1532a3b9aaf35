package org.slaclocks.tracking;

import java.time.Instant;
import java.util.List;
import org.slaclocks.clock.ExclusionWindow;
import org.slaclocks.policy.Exclusion;

/**
 * Exclusion windows stored by the app: global ones (an outage) and ones on a single issue, by issue
 * id. The source of truth for the exclusions the app's clocks apply; each stored window is an
 * {@link Exclusion} whose id is its row id. Who added it and when are stored beside it for the
 * audit trail.
 */
public interface ExclusionRepository extends ExclusionSource {

  /** Adds a window, global when {@code issueId} is null. */
  Exclusion add(ExclusionWindow window, Long issueId, String author, Instant at);

  /** Removes a window; false when there was none with that id. */
  boolean remove(String id);

  /** Global windows, by start. */
  List<Exclusion> global();

  /**
   * Every window, global and single-issue, by start: what a search across all issues needs (each
   * single-issue window applies only to its issue).
   */
  List<Exclusion> all();

  /** The windows that apply to one issue (global and its own), by start. */
  @Override
  List<Exclusion> forIssue(long issueId);
}

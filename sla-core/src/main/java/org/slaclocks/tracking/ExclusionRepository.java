package org.slaclocks.tracking;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.slaclocks.clock.ExclusionWindow;

/** Exclusion windows: global ones (an outage) and ones on a single issue. */
public interface ExclusionRepository {

  /** A stored window; {@code issueId} null for a global one. */
  record Exclusion(
      long id, Long issueId, ExclusionWindow window, String author, Instant createdAt) {
    public Exclusion {
      Objects.requireNonNull(window, "window");
      Objects.requireNonNull(author, "author");
      Objects.requireNonNull(createdAt, "createdAt");
    }

    public boolean isGlobal() {
      return issueId == null;
    }
  }

  /** Adds a window, global when {@code issueId} is null. */
  Exclusion add(ExclusionWindow window, Long issueId, String author, Instant at);

  /** Removes a window; false when there was none with that id. */
  boolean remove(long id);

  /** Global windows, by start. */
  List<Exclusion> global();

  /** The windows that apply to one issue (global and its own), by start. */
  List<Exclusion> forIssue(long issueId);
}

package org.slaclocks.tracking;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slaclocks.policy.Exclusion;

/**
 * Where the exclusions the engine applies to an issue come from, when they are not the policy
 * file's: in the app, the {@link ExclusionRepository}, which is their source of truth.
 */
@FunctionalInterface
public interface ExclusionSource {
  /** The windows that apply to one issue, global and its own, by start. */
  List<Exclusion> forIssue(long issueId);

  /**
   * The windows of each of these issues, as {@link #forIssue} gives them; a store answers many
   * issues with one read.
   */
  default Map<Long, List<Exclusion>> forIssues(Collection<Long> issueIds) {
    Map<Long, List<Exclusion>> windows = new LinkedHashMap<>();
    for (long issueId : issueIds) {
      windows.put(issueId, forIssue(issueId));
    }
    return windows;
  }
}

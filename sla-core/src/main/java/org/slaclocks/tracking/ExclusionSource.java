package org.slaclocks.tracking;

import java.util.List;
import org.slaclocks.policy.Exclusion;

/**
 * Where the exclusions the engine applies to an issue come from, when they are not the policy
 * file's: in the app, the {@link ExclusionRepository}, which is their source of truth.
 */
@FunctionalInterface
public interface ExclusionSource {
  /** The windows that apply to one issue, global and its own, by start. */
  List<Exclusion> forIssue(long issueId);
}

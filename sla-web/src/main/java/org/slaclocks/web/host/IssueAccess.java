package org.slaclocks.web.host;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Host port: the issues a viewer may browse. An issue that does not exist and one the viewer may
 * not browse give the same answer (empty), so no view or resource can tell them apart and nothing
 * leaks.
 */
public interface IssueAccess {
  /** The issue with this key (case as typed) if it exists and the viewer may browse it. */
  Optional<IssueRef> browsable(String issueKey, Viewer viewer);

  /** The issue with this id if it exists and the viewer may browse it. */
  Optional<IssueRef> browsable(long issueId, Viewer viewer);

  /** Those of the ids that exist and the viewer may browse, in one pass (a navigator page). */
  Map<Long, IssueRef> browsable(Collection<Long> issueIds, Viewer viewer);
}

package org.slaclocks.web.host;

import java.util.Map;
import java.util.Set;

/**
 * Host port: what a viewer's reports may cover. Figures are counted over the projects the viewer
 * may browse (Jira's Browse Projects permission; the sandbox's person), never over others; a filter
 * narrows them to its issues. An anonymous viewer may browse nothing, so sees no report.
 */
public interface ReportAccess {
  /** The projects the viewer may browse, key to name, in the order to list them. */
  Map<String, String> projects(Viewer viewer);

  /**
   * The ids of the issues a filter finds for the viewer (in Jira a saved filter's id, or JQL; in
   * the sandbox an SLA search), only those the viewer may browse.
   *
   * @throws IllegalArgumentException with what is wrong, in the viewer's language where the host
   *     has it (an unknown filter, a filter not shared with the viewer, a query that does not
   *     parse)
   */
  Set<Long> filterIssues(String filter, Viewer viewer);
}

package org.slaclocks.sandbox;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.slaclocks.web.host.ReportAccess;
import org.slaclocks.web.host.Viewer;

/**
 * Host port: the sandbox person's reports cover the projects of the loaded issues they may browse
 * (the restricted person not the hidden one); a filter is an SLA search, as on the search page,
 * whose matches they may browse.
 */
final class SandboxReportAccess implements ReportAccess {
  private final SandboxApp app;

  SandboxReportAccess(SandboxApp app) {
    this.app = app;
  }

  @Override
  public Map<String, String> projects(Viewer viewer) {
    Map<String, String> out = new LinkedHashMap<>();
    if (viewer == null || viewer.isAnonymous()) {
      return out;
    }
    SandboxPerson person = app.viewers().people().byKey(viewer.userKey()).orElse(null);
    if (person == null) {
      return out;
    }
    Set<String> keys = new TreeSet<>();
    app.issues().all().forEach(i -> keys.add(i.projectKey()));
    keys.stream().filter(person::mayBrowse).forEach(k -> out.put(k, k));
    return out;
  }

  @Override
  public Set<Long> filterIssues(String filter, Viewer viewer) {
    SlaSearch.Outcome outcome = app.search(filter, viewer);
    if (!outcome.isValid()) {
      throw new IllegalArgumentException(
          outcome.problems().stream()
              .map(SlaSearch.Problem::message)
              .collect(Collectors.joining(" ")));
    }
    return app.access().browsable(outcome.issueIds(), viewer).keySet();
  }
}

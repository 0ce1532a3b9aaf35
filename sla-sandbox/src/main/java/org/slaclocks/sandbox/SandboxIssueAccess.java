package org.slaclocks.sandbox;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slaclocks.web.host.IssueAccess;
import org.slaclocks.web.host.IssueRef;
import org.slaclocks.web.host.Viewer;

/**
 * Host port: the loaded issues a person may browse. An issue exists from its creation on (with time
 * frozen before it, it does not exist yet); a person may browse every project but their hidden
 * ones; an anonymous viewer none. Unknown and forbidden give the same empty answer.
 */
public final class SandboxIssueAccess implements IssueAccess {
  private final LoadedIssues issues;
  private final SandboxPeople people;
  private final Clock clock;

  public SandboxIssueAccess(LoadedIssues issues, SandboxPeople people, Clock clock) {
    this.issues = issues;
    this.people = people;
    this.clock = clock;
  }

  @Override
  public Optional<IssueRef> browsable(String issueKey, Viewer viewer) {
    return issueKey == null
        ? Optional.empty()
        : issues.byKey(issueKey).flatMap(i -> ref(i, viewer));
  }

  @Override
  public Optional<IssueRef> browsable(long issueId, Viewer viewer) {
    return issues.byId(issueId).flatMap(i -> ref(i, viewer));
  }

  @Override
  public Map<Long, IssueRef> browsable(Collection<Long> issueIds, Viewer viewer) {
    Map<Long, IssueRef> out = new LinkedHashMap<>();
    for (Long id : issueIds) {
      if (id != null) {
        browsable(id, viewer).ifPresent(ref -> out.put(id, ref));
      }
    }
    return out;
  }

  /** Whether the viewer may see this issue now. */
  public boolean mayBrowse(LoadedIssues.Issue issue, Viewer viewer) {
    return ref(issue, viewer).isPresent();
  }

  private Optional<IssueRef> ref(LoadedIssues.Issue issue, Viewer viewer) {
    if (viewer == null || viewer.isAnonymous()) {
      return Optional.empty();
    }
    Optional<SandboxPerson> person = people.byKey(viewer.userKey());
    if (person.isEmpty()
        || !person.get().mayBrowse(issue.projectKey())
        || issue.history().createdAt().isAfter(clock.instant())) {
      return Optional.empty();
    }
    return Optional.of(new IssueRef(issue.id(), issue.key(), issue.projectKey()));
  }
}

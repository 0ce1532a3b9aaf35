package org.slaclocks.web;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slaclocks.web.host.IssueAccess;
import org.slaclocks.web.host.IssueRef;
import org.slaclocks.web.host.Viewer;

/** Issues by key; {@link #OUTSIDER} may not browse project {@code SECRET}, everyone else all. */
public final class FakeIssues implements IssueAccess {
  public static final String OUTSIDER = "outsider.olga";

  private final Map<String, IssueRef> byKey = new LinkedHashMap<>();
  private int bulkCalls;

  public IssueRef add(long id, String key) {
    IssueRef issue = new IssueRef(id, key, key.substring(0, key.indexOf('-')));
    byKey.put(key, issue);
    return issue;
  }

  public int bulkCalls() {
    return bulkCalls;
  }

  private boolean may(Viewer viewer, IssueRef issue) {
    return !(OUTSIDER.equals(viewer.userKey()) && issue.projectKey().equals("SECRET"));
  }

  @Override
  public Optional<IssueRef> browsable(String issueKey, Viewer viewer) {
    return Optional.ofNullable(byKey.get(issueKey)).filter(issue -> may(viewer, issue));
  }

  @Override
  public Optional<IssueRef> browsable(long issueId, Viewer viewer) {
    return byKey.values().stream().filter(i -> i.id() == issueId && may(viewer, i)).findFirst();
  }

  @Override
  public Map<Long, IssueRef> browsable(Collection<Long> issueIds, Viewer viewer) {
    bulkCalls++;
    Map<Long, IssueRef> out = new LinkedHashMap<>();
    for (IssueRef issue : byKey.values()) {
      if (issueIds.contains(issue.id()) && may(viewer, issue)) {
        out.put(issue.id(), issue);
      }
    }
    return out;
  }
}

package org.slaclocks.jira.web;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slaclocks.web.host.IssueAccess;
import org.slaclocks.web.host.IssueRef;
import org.slaclocks.web.host.Viewer;

/**
 * Issues a viewer may browse: Jira's BROWSE_PROJECTS permission on the issue (which also applies
 * issue security levels). An issue that does not exist and one the viewer may not browse both
 * answer empty, and a viewer whose user no longer exists sees nothing.
 */
public final class JiraIssueAccess implements IssueAccess {
  private final IssueManager issues;
  private final PermissionManager permissions;
  private final UserManager users;

  public JiraIssueAccess(IssueManager issues, PermissionManager permissions, UserManager users) {
    this.issues = Objects.requireNonNull(issues, "issues");
    this.permissions = Objects.requireNonNull(permissions, "permissions");
    this.users = Objects.requireNonNull(users, "users");
  }

  @Override
  public Optional<IssueRef> browsable(String issueKey, Viewer viewer) {
    if (issueKey == null || issueKey.isBlank()) {
      return Optional.empty();
    }
    return browsable(issues.getIssueObject(issueKey), viewer);
  }

  @Override
  public Optional<IssueRef> browsable(long issueId, Viewer viewer) {
    return browsable(issues.getIssueObject(issueId), viewer);
  }

  @Override
  public Map<Long, IssueRef> browsable(Collection<Long> issueIds, Viewer viewer) {
    Map<Long, IssueRef> found = new LinkedHashMap<>();
    Who who = who(viewer);
    if (!who.exists()) {
      return found;
    }
    for (Long id : issueIds) {
      if (id != null && !found.containsKey(id)) {
        // IssueManager reads issues through Jira's cache; a navigator page is at most a few dozen.
        check(issues.getIssueObject(id), who.user()).ifPresent(ref -> found.put(id, ref));
      }
    }
    return found;
  }

  /** The issue (null: none) if the viewer may browse it. */
  Optional<IssueRef> browsable(Issue issue, Viewer viewer) {
    Who who = who(viewer);
    return who.exists() ? check(issue, who.user()) : Optional.empty();
  }

  /**
   * Jira's user behind a viewer: null for an anonymous visitor; exists is false for a removed user.
   */
  private record Who(ApplicationUser user, boolean exists) {}

  private Who who(Viewer viewer) {
    Objects.requireNonNull(viewer, "viewer");
    if (viewer.isAnonymous()) {
      return new Who(null, true);
    }
    ApplicationUser user = users.getUserByKey(viewer.userKey());
    return new Who(user, user != null);
  }

  private Optional<IssueRef> check(Issue issue, ApplicationUser user) {
    if (issue == null
        || !permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, user)) {
      return Optional.empty();
    }
    Project project = issue.getProjectObject();
    if (issue.getId() == null || issue.getKey() == null || project == null) {
      return Optional.empty();
    }
    return Optional.of(new IssueRef(issue.getId(), issue.getKey(), project.getKey()));
  }
}

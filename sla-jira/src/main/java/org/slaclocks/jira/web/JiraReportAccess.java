package org.slaclocks.jira.web;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.web.bean.PagerFilter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.slaclocks.web.host.ReportAccess;
import org.slaclocks.web.host.Viewer;

/**
 * What a viewer's SLA reports may cover in Jira: the projects Jira's Browse Projects permission
 * gives them, and a filter's issues found by Jira's search as the viewer (their permissions and
 * issue security apply). A filter is JQL, or a saved filter's id ({@code 10010}, searched as {@code
 * filter = 10010}, so Jira checks that the filter is shared with the viewer).
 */
public final class JiraReportAccess implements ReportAccess {
  /** Issues read from Jira's search at a time. */
  static final int PAGE = 500;

  /** The most issues a filter may bring into a report (a bigger one should be a project). */
  static final int MAX_FILTER_ISSUES = 100_000;

  private final PermissionManager permissions;
  private final UserManager users;
  private final SearchService search;

  public JiraReportAccess(PermissionManager permissions, UserManager users, SearchService search) {
    this.permissions = Objects.requireNonNull(permissions, "permissions");
    this.users = Objects.requireNonNull(users, "users");
    this.search = Objects.requireNonNull(search, "search");
  }

  @Override
  public Map<String, String> projects(Viewer viewer) {
    Map<String, String> out = new LinkedHashMap<>();
    ApplicationUser user = user(viewer);
    if (user == null) {
      return out;
    }
    List<Project> projects =
        new ArrayList<>(permissions.getProjects(ProjectPermissions.BROWSE_PROJECTS, user));
    projects.sort(Comparator.comparing(Project::getKey));
    projects.forEach(p -> out.put(p.getKey(), p.getName() == null ? p.getKey() : p.getName()));
    return out;
  }

  @Override
  public Set<Long> filterIssues(String filter, Viewer viewer) {
    ApplicationUser user = user(viewer);
    if (user == null) {
      throw new IllegalArgumentException("sign in to use a filter");
    }
    String jql = filter.trim().matches("\\d+") ? "filter = " + filter.trim() : filter;
    SearchService.ParseResult parsed = search.parseQuery(user, jql);
    if (!parsed.isValid()) {
      throw new IllegalArgumentException("Jira does not accept the search " + jql);
    }
    Set<Long> ids = new LinkedHashSet<>();
    try {
      for (int start = 0; ; start += PAGE) {
        List<Issue> page =
            search.search(user, parsed.getQuery(), new PagerFilter<>(start, PAGE)).getResults();
        page.forEach(issue -> ids.add(issue.getId()));
        if (page.size() < PAGE) {
          return ids;
        }
        if (ids.size() >= MAX_FILTER_ISSUES) {
          throw new IllegalArgumentException(
              "the filter finds more than "
                  + MAX_FILTER_ISSUES
                  + " issues; choose projects instead");
        }
      }
    } catch (SearchException e) {
      throw new IllegalArgumentException("Jira's search failed", e);
    }
  }

  private ApplicationUser user(Viewer viewer) {
    return viewer == null || viewer.isAnonymous() ? null : users.getUserByKey(viewer.userKey());
  }
}

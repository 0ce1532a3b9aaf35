package org.slaclocks.jira.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.same;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockConstruction;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.mockito.MockedConstruction;
import org.slaclocks.web.host.Viewer;

/**
 * What a viewer's reports may cover in Jira (its services mocked): the projects they may browse, by
 * key, and a filter's issues searched as them, page by page; a saved filter by its id; a search
 * Jira refuses is the viewer's mistake, said in their words.
 */
class JiraReportAccessTest {
  private static final Viewer MIA =
      new Viewer("mia", "Mia Manager", Locale.ENGLISH, ZoneId.of("Europe/Amsterdam"));
  private static final Viewer ANONYMOUS =
      new Viewer(null, "", Locale.ENGLISH, ZoneId.of("Europe/Amsterdam"));

  private final PermissionManager permissions = mock(PermissionManager.class);
  private final UserManager users = mock(UserManager.class);
  private final SearchService search = mock(SearchService.class);
  private final ApplicationUser mia = mock(ApplicationUser.class);
  private final JiraReportAccess access = new JiraReportAccess(permissions, users, search);

  JiraReportAccessTest() {
    when(users.getUserByKey("mia")).thenReturn(mia);
  }

  private static Project project(String key, String name) {
    Project p = mock(Project.class);
    when(p.getKey()).thenReturn(key);
    when(p.getName()).thenReturn(name);
    return p;
  }

  @Test
  void theProjectsAreThoseTheViewerMayBrowseByKey() {
    List<Project> browsable = List.of(project("OPS", "Operations"), project("HELP", "Helpdesk"));
    when(permissions.getProjects(ProjectPermissions.BROWSE_PROJECTS, mia)).thenReturn(browsable);

    assertThat(access.projects(MIA))
        .containsExactly(Map.entry("HELP", "Helpdesk"), Map.entry("OPS", "Operations"));
    assertThat(access.projects(ANONYMOUS)).isEmpty();
  }

  @Test
  @SuppressWarnings("rawtypes") // PagerFilter is generic; its class literal is raw
  void aSavedFiltersIssuesAreFoundAsTheViewerPageByPage() throws Exception {
    Query query = valid("filter = 10010");
    // 1,200 issues: pages of 500, 500 and 200
    Map<Integer, SearchResults<Issue>> pages = new HashMap<>();
    for (int start = 0; start < 1200; start += JiraReportAccess.PAGE) {
      pages.put(start, results(start + 1, Math.min(start + JiraReportAccess.PAGE, 1200)));
    }
    try (MockedConstruction<PagerFilter> pagers =
        mockConstruction(
            PagerFilter.class,
            (pager, context) -> {
              when(search.search(same(mia), same(query), same(pager)))
                  .thenReturn(pages.get((Integer) context.arguments().get(0)));
            })) {
      assertThat(access.filterIssues(" 10010 ", MIA))
          .containsExactlyElementsOf(LongStream.rangeClosed(1, 1200).boxed().toList());
      assertThat(pagers.constructed()).as("pages asked").hasSize(3);
    }
    verify(search, never()).searchOverrideSecurity(any(), any(), any());
  }

  @Test
  void aSearchJiraRefusesIsSaidAndAnonymousViewersMaySignIn() {
    SearchService.ParseResult refused = mock(SearchService.ParseResult.class);
    when(search.parseQuery(same(mia), eq("labels = = vip"))).thenReturn(refused);
    when(refused.isValid()).thenReturn(false);

    assertThatThrownBy(() -> access.filterIssues("labels = = vip", MIA))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Jira does not accept the search labels = = vip");
    assertThatThrownBy(() -> access.filterIssues("labels = vip", ANONYMOUS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sign in to use a filter");
  }

  private Query valid(String jql) {
    SearchService.ParseResult parsed = mock(SearchService.ParseResult.class);
    when(search.parseQuery(same(mia), eq(jql))).thenReturn(parsed);
    when(parsed.isValid()).thenReturn(true);
    Query query = mock(Query.class);
    when(parsed.getQuery()).thenReturn(query);
    return query;
  }

  @SuppressWarnings("unchecked")
  private static SearchResults<Issue> results(long fromInclusive, long toInclusive) {
    List<Issue> issues = new ArrayList<>();
    for (long id = fromInclusive; id <= toInclusive; id++) {
      Issue issue = mock(Issue.class);
      when(issue.getId()).thenReturn(id);
      issues.add(issue);
    }
    SearchResults<Issue> results = mock(SearchResults.class);
    when(results.getResults()).thenReturn(issues);
    return results;
  }
}

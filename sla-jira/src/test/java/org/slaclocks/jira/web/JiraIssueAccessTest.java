package org.slaclocks.jira.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.slaclocks.web.host.IssueRef;
import org.slaclocks.web.host.Viewer;

class JiraIssueAccessTest {
  private final IssueManager issueManager = mock(IssueManager.class);
  private final PermissionManager permissions = mock(PermissionManager.class);
  private final UserManager users = mock(UserManager.class);
  private final JiraIssueAccess access = new JiraIssueAccess(issueManager, permissions, users);

  private final ApplicationUser anna = mock(ApplicationUser.class);
  private final Viewer annaViewer = new Viewer("anna", "Anna", Locale.ENGLISH, ZoneOffset.UTC);
  private final Viewer anonymous = new Viewer(null, null, Locale.ENGLISH, ZoneOffset.UTC);

  private final MutableIssue help1 = issue(10001L, "HELP-1", "HELP");
  private final MutableIssue secret7 = issue(20007L, "SEC-7", "SEC");

  JiraIssueAccessTest() {
    when(users.getUserByKey("anna")).thenReturn(anna);
    when(permissions.hasPermission(any(), eq(help1), eq(anna))).thenReturn(true);
  }

  private MutableIssue issue(long id, String key, String projectKey) {
    MutableIssue issue = mock(MutableIssue.class);
    Project project = mock(Project.class);
    when(project.getKey()).thenReturn(projectKey);
    when(issue.getId()).thenReturn(id);
    when(issue.getKey()).thenReturn(key);
    when(issue.getProjectObject()).thenReturn(project);
    when(issueManager.getIssueObject(id)).thenReturn(issue);
    when(issueManager.getIssueObject(key)).thenReturn(issue);
    return issue;
  }

  @Test
  void aBrowsableIssueIsFoundByKeyAndById() {
    IssueRef help = new IssueRef(10001L, "HELP-1", "HELP");

    assertThat(access.browsable("HELP-1", annaViewer)).contains(help);
    assertThat(access.browsable(10001L, annaViewer)).contains(help);
  }

  @Test
  void aForbiddenIssueAnswersExactlyLikeAMissingOne() {
    Optional<IssueRef> forbidden = access.browsable("SEC-7", annaViewer);
    Optional<IssueRef> missing = access.browsable("NOPE-1", annaViewer);

    assertThat(forbidden).isEmpty().isEqualTo(missing);
    assertThat(access.browsable(20007L, annaViewer))
        .isEqualTo(access.browsable(99999L, annaViewer));
  }

  @Test
  void theBrowsePermissionIsTheOneChecked() {
    when(permissions.hasPermission(any(), eq(secret7), eq(anna))).thenReturn(false);
    when(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, secret7, anna))
        .thenReturn(true);

    assertThat(access.browsable("SEC-7", annaViewer)).isPresent();
  }

  @Test
  void anAnonymousVisitorSeesWhatJiraLetsAnonymousUsersBrowse() {
    when(permissions.hasPermission(any(), eq(help1), isNull())).thenReturn(true);

    assertThat(access.browsable("HELP-1", anonymous)).isPresent();
    assertThat(access.browsable("SEC-7", anonymous)).isEmpty();
  }

  @Test
  void aViewerWhoseUserWasRemovedSeesNothingEvenWhereAnonymousUsersMay() {
    when(permissions.hasPermission(any(), eq(help1), isNull())).thenReturn(true);
    Viewer removed = new Viewer("gone", "Gone", Locale.ENGLISH, ZoneOffset.UTC);

    assertThat(access.browsable("HELP-1", removed)).isEmpty();
    assertThat(access.browsable(List.of(10001L), removed)).isEmpty();
  }

  @Test
  void aNavigatorPageKeepsOnlyTheBrowsableIssues() {
    assertThat(access.browsable(List.of(10001L, 20007L, 99999L, 10001L), annaViewer))
        .containsOnlyKeys(10001L);
  }

  @Test
  void blankKeysFindNothing() {
    assertThat(access.browsable("", annaViewer)).isEmpty();
    assertThat(access.browsable((String) null, annaViewer)).isEmpty();
  }
}

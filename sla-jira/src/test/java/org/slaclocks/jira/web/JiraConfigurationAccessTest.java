package org.slaclocks.jira.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.slaclocks.web.host.Viewer;

class JiraConfigurationAccessTest {
  private final GlobalPermissionManager globalPermissions = mock(GlobalPermissionManager.class);
  private final UserManager users = mock(UserManager.class);
  private final JiraConfigurationAccess access =
      new JiraConfigurationAccess(globalPermissions, users);

  JiraConfigurationAccessTest() {
    // admin: Administer Jira only; root: System Administer only (Jira would also answer yes to
    // ADMINISTER for root; the app must not depend on it); agent: neither.
    user("admin", GlobalPermissionKey.ADMINISTER);
    user("root", GlobalPermissionKey.SYSTEM_ADMIN);
    user("agent", null);
  }

  private void user(String key, GlobalPermissionKey granted) {
    ApplicationUser user = mock(ApplicationUser.class);
    when(users.getUserByKey(key)).thenReturn(user);
    if (granted != null) {
      when(globalPermissions.hasPermission(granted, user)).thenReturn(true);
    }
  }

  private static Viewer viewer(String userKey) {
    return new Viewer(userKey, "", Locale.ENGLISH, ZoneOffset.UTC);
  }

  static Stream<Arguments> viewers() {
    return Stream.of(
        Arguments.of("admin", true), // Administer Jira
        Arguments.of("root", true), // System Administer
        Arguments.of("agent", false), // an ordinary user
        Arguments.of("gone", false)); // a key whose user no longer exists
  }

  @ParameterizedTest(name = "{0} may configure: {1}")
  @MethodSource("viewers")
  void onlyJiraAdministratorsMayConfigure(String userKey, boolean expected) {
    assertThat(access.mayConfigure(viewer(userKey))).isEqualTo(expected);
  }

  @Test
  void anAnonymousVisitorMayNotConfigureAndJiraIsNotAsked() {
    assertThat(access.mayConfigure(viewer(null))).isFalse();
    verifyNoInteractions(users, globalPermissions);
  }

  @Test
  void aFailureToLookUpTheUserRefuses() {
    when(users.getUserByKey("admin")).thenThrow(new IllegalStateException("directory down"));

    assertThat(access.mayConfigure(viewer("admin"))).isFalse();
  }

  @Test
  void aFailureToAskThePermissionRefuses() {
    when(globalPermissions.hasPermission(any(), any()))
        .thenThrow(new IllegalStateException("database down"));

    assertThat(access.mayConfigure(viewer("admin"))).isFalse();
  }

  @Test
  void aMissingViewerIsAnError() {
    assertThatNullPointerException()
        .isThrownBy(() -> access.mayConfigure(null))
        .withMessage("viewer");
  }
}

package org.slaclocks.jira.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.timezone.TimeZoneManager;
import com.atlassian.jira.user.ApplicationUser;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.slaclocks.web.host.Viewer;

class JiraViewersTest {
  private final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
  private final TimeZoneManager zones = mock(TimeZoneManager.class);
  private final JiraViewers viewers = new JiraViewers(authentication, zones);

  @Test
  void theLoggedInUserSeesTheirOwnLanguageAndTimeZone() {
    ApplicationUser anna = mock(ApplicationUser.class);
    when(anna.getKey()).thenReturn("JIRAUSER10100");
    when(anna.getDisplayName()).thenReturn("Anna Agent");
    when(authentication.getLoggedInUser()).thenReturn(anna);
    when(authentication.getLocale()).thenReturn(Locale.forLanguageTag("nl-NL"));
    when(zones.getLoggedInUserTimeZone()).thenReturn(TimeZone.getTimeZone("Europe/Amsterdam"));

    Viewer viewer = viewers.current();

    assertThat(viewer.userKey()).isEqualTo("JIRAUSER10100");
    assertThat(viewer.displayName()).isEqualTo("Anna Agent");
    assertThat(viewer.locale()).isEqualTo(Locale.forLanguageTag("nl-NL"));
    assertThat(viewer.zone()).isEqualTo(ZoneId.of("Europe/Amsterdam"));
  }

  @Test
  void anAnonymousVisitorIsAnonymousInJirasDefaultZone() {
    when(authentication.getLocale()).thenReturn(Locale.UK);
    when(zones.getLoggedInUserTimeZone()).thenReturn(TimeZone.getTimeZone("America/New_York"));

    Viewer viewer = viewers.current();

    assertThat(viewer.isAnonymous()).isTrue();
    assertThat(viewer.locale()).isEqualTo(Locale.UK);
    assertThat(viewer.zone()).isEqualTo(ZoneId.of("America/New_York"));
  }

  @Test
  void missingLanguageAndZoneFallBackToEnglishAndUtc() {
    Viewer viewer = viewers.current();

    assertThat(viewer.locale()).isEqualTo(Locale.ENGLISH);
    assertThat(viewer.zone()).isEqualTo(ZoneOffset.UTC);
  }
}

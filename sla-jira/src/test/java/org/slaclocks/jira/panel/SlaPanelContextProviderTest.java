package org.slaclocks.jira.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.Issue;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.slaclocks.jira.app.ViewContexts;
import org.slaclocks.web.host.IssueAccess;
import org.slaclocks.web.host.IssueRef;
import org.slaclocks.web.host.Viewer;
import org.slaclocks.web.view.CountdownView;

class SlaPanelContextProviderTest {
  static final Viewer ANNA = new Viewer("anna", "Anna", Locale.ENGLISH, ZoneOffset.UTC);

  private final IssueAccess issues = mock(IssueAccess.class);
  private final ViewContexts views =
      new ViewContexts() {
        @Override
        public Map<String, Object> field(
            IssueRef issue,
            Supplier<Optional<String>> metricId,
            Supplier<String> placeholderMetricId,
            String fieldName,
            Viewer viewer) {
          throw new AssertionError("the panel shows no single countdown");
        }

        @Override
        public CountdownView countdownView(IssueRef issue, String metricId, Viewer viewer) {
          throw new AssertionError("only exports read the countdown itself");
        }

        @Override
        public Map<String, Object> panel(IssueRef issue, Viewer viewer) {
          return Map.of("panel", "panel of " + issue.key() + " for " + viewer.userKey());
        }
      };
  private final SlaPanelContextProvider provider =
      new SlaPanelContextProvider(issues, () -> ANNA, views);
  private final Issue issue = mock(Issue.class);

  SlaPanelContextProviderTest() {
    when(issue.getId()).thenReturn(10001L);
  }

  @Test
  void aViewerWhoMayBrowseTheIssueGetsItsPanelBesideJirasContext() {
    when(issues.browsable(10001L, ANNA))
        .thenReturn(Optional.of(new IssueRef(10001L, "HELP-1", "HELP")));

    Map<String, Object> context = provider.getContextMap(Map.of("issue", issue, "user", "x"));

    assertThat(context)
        .containsEntry("panel", "panel of HELP-1 for anna")
        .containsEntry("issue", issue)
        .containsEntry("user", "x");
  }

  @Test
  void aViewerWhoMayNotBrowseTheIssueGetsNoPanel() {
    when(issues.browsable(10001L, ANNA)).thenReturn(Optional.empty());

    assertThat(provider.getContextMap(Map.of("issue", issue, "panel", "stale")))
        .doesNotContainKey("panel");
  }

  @Test
  void aPageWithoutAnIssueGetsNoPanel() {
    assertThat(provider.getContextMap(Map.of())).doesNotContainKey("panel");
  }
}

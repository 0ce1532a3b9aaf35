package org.slaclocks.jira.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockConstruction;
import static org.mockito.Mockito.when;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import org.junit.jupiter.api.Test;
import org.mockito.MockedConstruction;
import org.slaclocks.jira.tracking.SystemFailure;

/** A policy's JQL scope through Jira's search (mocked): failures of the search are the system's. */
class JiraJqlScopeTest {
  private final SearchService search = mock(SearchService.class);
  private final SearchService.ParseResult parsed = mock(SearchService.ParseResult.class);
  private final JiraJqlScope scope = new JiraJqlScope(search);

  @Test
  void jqlJiraRefusesIsUndetermined() {
    when(search.parseQuery(isNull(), eq("(labels = = vip) AND issue = 7"))).thenReturn(parsed);
    when(parsed.isValid()).thenReturn(false);

    assertThat(scope.matches("labels = = vip", 7)).isNull();
  }

  @Test
  @SuppressWarnings("rawtypes") // PagerFilter is generic; its class literal is raw
  void aFailedSearchIsASystemFailureThatSaysWhatToCheck() throws SearchException {
    when(search.parseQuery(isNull(), eq("(labels = vip) AND issue = 7"))).thenReturn(parsed);
    when(parsed.isValid()).thenReturn(true);
    when(parsed.getQuery()).thenReturn(mock(Query.class));
    SearchException indexDown = new SearchException("index unavailable");
    when(search.searchOverrideSecurity(isNull(), any(), any())).thenThrow(indexDown);

    try (MockedConstruction<PagerFilter> pagers = mockConstruction(PagerFilter.class)) {
      assertThatThrownBy(() -> scope.matches("labels = vip", 7))
          .isInstanceOf(SystemFailure.class)
          .hasCause(indexDown)
          .hasMessageContaining("labels = vip")
          .hasMessageContaining("search index");
      assertThat(pagers.constructed()).as("the search was reached").hasSize(1);
    }
  }

  @Test
  void aSearchServiceThatThrowsIsASystemFailureToo() {
    when(search.parseQuery(isNull(), eq("(labels = vip) AND issue = 7")))
        .thenThrow(new IllegalStateException("search service not started"));

    assertThatThrownBy(() -> scope.matches("labels = vip", 7))
        .isInstanceOf(SystemFailure.class)
        .hasMessageContaining("search service not started");
  }
}

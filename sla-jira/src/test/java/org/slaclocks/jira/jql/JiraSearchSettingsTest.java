package org.slaclocks.jira.jql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.config.properties.ApplicationProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slaclocks.query.function.TimeTracking;

class JiraSearchSettingsTest {
  private final ApplicationProperties properties = mock(ApplicationProperties.class);
  private final JiraSearchSettings settings = new JiraSearchSettings(properties);

  @Test
  void readsTheLimitAndTimeTrackingAnAdministratorSet() {
    when(properties.getDefaultBackedString("jira.search.maxclauses")).thenReturn("120000");
    when(properties.getDefaultBackedString("jira.timetracking.hours.per.day")).thenReturn("7.5");
    when(properties.getDefaultBackedString("jira.timetracking.days.per.week")).thenReturn("4");

    assertThat(settings.maxIssues()).isEqualTo(120_000);
    assertThat(settings.timeTracking()).isEqualTo(new TimeTracking(7.5, 4));
  }

  @ParameterizedTest(name = "maxclauses \"{0}\", hours \"{1}\", days \"{2}\"")
  @CsvSource(
      nullValues = "NULL",
      value = {"NULL, NULL, NULL", "'', '', ''", "lots, eight, five", "-1, 0, 0", "0, 25, 8"})
  void aMissingOrNonsensicalSettingGivesJirasDefault(String clauses, String hours, String days) {
    when(properties.getDefaultBackedString("jira.search.maxclauses")).thenReturn(clauses);
    when(properties.getDefaultBackedString("jira.timetracking.hours.per.day")).thenReturn(hours);
    when(properties.getDefaultBackedString("jira.timetracking.days.per.week")).thenReturn(days);

    assertThat(settings.maxIssues()).isEqualTo(65_000);
    assertThat(settings.timeTracking()).isEqualTo(TimeTracking.JIRA_DEFAULT);
  }

  @Test
  void aSettingJiraCannotGiveLeavesTheSearchWorkingOnDefaults() {
    when(properties.getDefaultBackedString("jira.search.maxclauses"))
        .thenThrow(new NoSuchMethodError("getDefaultBackedString"));
    when(properties.getDefaultBackedString("jira.timetracking.hours.per.day"))
        .thenThrow(new IllegalStateException("service gone"));

    assertThat(settings.maxIssues()).isEqualTo(65_000);
    assertThat(settings.timeTracking()).isEqualTo(TimeTracking.JIRA_DEFAULT);
  }
}

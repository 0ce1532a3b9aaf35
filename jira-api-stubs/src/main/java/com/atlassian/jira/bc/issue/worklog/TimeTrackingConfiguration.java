// Source: turgaycelik/mysource@44f29e3 (Jira 6.3.15)
// jira-api/src/main/java/com/atlassian/jira/bc/issue/worklog/TimeTrackingConfiguration.java
// (interface; BigDecimal
// getHoursPerDay(), BigDecimal getDaysPerWeek(), read from the application properties
// jira.timetracking.hours.per.day and .days.per.week); registered PROVIDED (visible to apps) in
// jira-core ContainerRegistrar.java:2182 of the same source. Only Jira <= 8 evidence:
// docs/jira-api-references.md.
package com.atlassian.jira.bc.issue.worklog;

import java.math.BigDecimal;

/** Jira's time-tracking settings: how long a day and a week of logged work are. */
public interface TimeTrackingConfiguration {
  BigDecimal getHoursPerDay();

  BigDecimal getDaysPerWeek();
}

// Source: mailru/jira-plugins-mrimsender@12bdf7f (Jira 9.4.1) IssueServiceImpl.java:285
// (jiraIssueService.newIssueInputParameters() passed as IssueInputParameters); setPriorityId:
// turgaycelik/mysource@44f29e3 (Jira 6.3.15) jira-api/.../issue/IssueInputParameters.java:282.
// Every member: docs/jira-api-references.md.
package com.atlassian.jira.issue;

/** The field values of an issue update, validated by IssueService. */
public interface IssueInputParameters {
  IssueInputParameters setPriorityId(String priorityId);
}

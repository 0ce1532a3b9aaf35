// Source: atlassian-labs/atlassian-slack-integration-server@d669438 (Jira 10.0.0)
// SlackMessageResource.java:118; every member: docs/jira-api-references.md.
package com.atlassian.jira.issue;

import com.atlassian.jira.bc.project.component.ProjectComponent;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.label.Label;
import com.atlassian.jira.issue.priority.Priority;
import com.atlassian.jira.issue.resolution.Resolution;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.version.Version;
import com.atlassian.jira.user.ApplicationUser;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.Set;

/** A Jira issue as it is now (getId comes from WithId, getKey from WithKey in the real jar). */
public interface Issue {
  Long getId();

  String getKey();

  String getSummary();

  Timestamp getCreated();

  ApplicationUser getCreator();

  ApplicationUser getReporter();

  ApplicationUser getAssignee();

  Status getStatus();

  Priority getPriority();

  IssueType getIssueType();

  Resolution getResolution();

  Project getProjectObject();

  Set<Label> getLabels();

  Collection<ProjectComponent> getComponents();

  Collection<Version> getFixVersions();

  Object getCustomFieldValue(CustomField customField);
}

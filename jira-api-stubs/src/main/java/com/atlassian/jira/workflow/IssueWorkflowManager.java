// Source: mailru/jira-plugins-mrimsender@12bdf7f (Jira 9.4.1) IssueServiceImpl.java:346-347
// (List<ActionDescriptor> actions = issueWorkflowManager.getSortedAvailableActions(issue,
// TransitionOptions.defaults(), user)); declaration: turgaycelik/mysource@44f29e3 (Jira 6.3.15)
// jira-api/.../workflow/IssueWorkflowManager.java:24,122. docs/jira-api-references.md.
package com.atlassian.jira.workflow;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import com.opensymphony.workflow.loader.ActionDescriptor;
import java.util.List;

/** The workflow transitions a user may take on an issue now (its conditions applied). */
public interface IssueWorkflowManager {
  List<ActionDescriptor> getSortedAvailableActions(
      Issue issue, TransitionOptions transitionOptions, ApplicationUser user);
}

package org.slaclocks.jira.alert;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import org.slaclocks.policy.AlertAction;
import org.slaclocks.tracking.AlertActions;
import org.slaclocks.tracking.AlertNotice;

/**
 * The actions of reminders and escalations in Jira. E-mails go to people through Jira's mail queue
 * ({@link AlertMailer}); the issue is changed as the {@link ActingUser} ({@link IssueChanges}), who
 * is also the thread's logged-in user meanwhile, because some of Jira's services read the user from
 * there rather than from their parameters. An error of Jira's that is not a refusal (the database
 * gone for a moment) is worth a retry.
 */
public final class JiraAlertActions implements AlertActions {
  private final IssueManager issueManager;
  private final JiraAuthenticationContext authentication;
  private final AlertMailer mailer;
  private final IssueChanges changes;
  private final ActingUser acting;

  public JiraAlertActions(
      IssueManager issueManager,
      JiraAuthenticationContext authentication,
      AlertMailer mailer,
      IssueChanges changes,
      ActingUser acting) {
    this.issueManager = issueManager;
    this.authentication = authentication;
    this.mailer = mailer;
    this.changes = changes;
    this.acting = acting;
  }

  @Override
  public String perform(AlertNotice notice, AlertAction action) throws Failure {
    try {
      Issue issue = issueManager.getIssueObject(notice.issueId());
      if (issue == null) {
        throw new Failure("issue " + notice.issueKey() + " no longer exists", false);
      }
      if (action instanceof AlertAction.Email email) {
        return mailer.send(issue, notice, email);
      }
      ApplicationUser actor = acting.of(issue);
      ApplicationUser before = authentication.getLoggedInUser();
      authentication.setLoggedInUser(actor);
      try {
        return change(issue, notice, action, actor);
      } finally {
        authentication.setLoggedInUser(before);
      }
    } catch (RuntimeException e) {
      throw new Failure(
          "Jira failed to " + action.describe() + " on " + notice.issueKey() + ": " + e, true, e);
    }
  }

  private String change(Issue issue, AlertNotice notice, AlertAction action, ApplicationUser actor)
      throws Failure {
    if (action instanceof AlertAction.Comment comment) {
      return changes.comment(issue, notice, comment, actor);
    }
    if (action instanceof AlertAction.SetPriority priority) {
      return changes.setPriority(issue, priority, actor);
    }
    if (action instanceof AlertAction.Reassign reassign) {
      return changes.reassign(issue, reassign, actor);
    }
    if (action instanceof AlertAction.Transition transition) {
      return changes.transition(issue, transition, actor);
    }
    if (action instanceof AlertAction.AddLabel label) {
      return changes.addLabel(issue, label, actor);
    }
    throw new Failure("SLA Clocks cannot " + action.describe() + " in Jira", false);
  }
}

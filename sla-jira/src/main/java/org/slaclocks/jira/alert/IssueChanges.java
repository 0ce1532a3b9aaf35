package org.slaclocks.jira.alert;

import com.atlassian.jira.bc.ServiceResult;
import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.config.PriorityManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.issue.label.Label;
import com.atlassian.jira.issue.label.LabelManager;
import com.atlassian.jira.issue.priority.Priority;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.ErrorCollection;
import com.atlassian.jira.util.json.JSONObject;
import com.atlassian.jira.workflow.IssueWorkflowManager;
import com.atlassian.jira.workflow.TransitionOptions;
import com.opensymphony.workflow.loader.ActionDescriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slaclocks.policy.AlertAction;
import org.slaclocks.tracking.AlertActions.Failure;
import org.slaclocks.tracking.AlertNotice;

/**
 * The issue changes of reminders and escalations, made as the acting user through Jira's services:
 * priority, assignee and transition through {@link IssueService} (its permission checks, field and
 * workflow validation; a refusal fails the action with Jira's own messages and is not retried),
 * comments and labels through their managers after the permission check Jira's screens make.
 * Whatever can be checked first is: a comment carrying the firing's marker, a label, priority or
 * assignee already in place is "already done", not done twice.
 *
 * <p>An internal comment carries Jira Service Management's comment property {@value
 * #INTERNAL_PROPERTY} {@code {"internal": true}}, the property JSM's agent view sets for "Comment
 * internally", so customers never see it on the portal. A project that is not a service project has
 * no customers: there the property changes nothing, and everyone who can browse the issue sees the
 * comment, as they see every other comment.
 */
public final class IssueChanges {
  /** Jira Service Management's comment property for internal comments. */
  static final String INTERNAL_PROPERTY = "sd.public.comment";

  private final IssueService issues;
  private final IssueWorkflowManager workflows;
  private final CommentManager comments;
  private final LabelManager labels;
  private final PriorityManager priorities;
  private final UserManager users;
  private final PermissionManager permissions;

  public IssueChanges(
      IssueService issues,
      IssueWorkflowManager workflows,
      CommentManager comments,
      LabelManager labels,
      PriorityManager priorities,
      UserManager users,
      PermissionManager permissions) {
    this.issues = issues;
    this.workflows = workflows;
    this.comments = comments;
    this.labels = labels;
    this.priorities = priorities;
    this.users = users;
    this.permissions = permissions;
  }

  /** A comment with the firing's marker on its last line; not added again when one carries it. */
  public String comment(
      Issue issue, AlertNotice notice, AlertAction.Comment comment, ApplicationUser actor)
      throws Failure {
    String kind = comment.internal() ? "internal comment" : "public comment";
    for (Comment existing : comments.getComments(issue)) {
      String body = existing.getBody();
      if (body != null && body.contains(notice.marker())) {
        return "already done: " + kind + " " + notice.marker();
      }
    }
    require(ProjectPermissions.ADD_COMMENTS, issue, actor, "comment on");
    Map<String, JSONObject> properties =
        comment.internal()
            ? Map.of(INTERNAL_PROPERTY, new JSONObject(Map.of("internal", true)))
            : Map.of();
    comments.create(
        issue,
        actor,
        comment.text() + "\n\n[" + notice.marker() + "]",
        null,
        null,
        null,
        properties,
        true);
    return kind + " added by " + actor.getUsername();
  }

  public String setPriority(Issue issue, AlertAction.SetPriority action, ApplicationUser actor)
      throws Failure {
    Priority current = issue.getPriority();
    if (current != null && current.getName().equalsIgnoreCase(action.priority())) {
      return "already done: priority is " + current.getName();
    }
    Priority priority =
        priorities.getPriorities().stream()
            .filter(p -> p.getName().equalsIgnoreCase(action.priority()))
            .findFirst()
            .orElseThrow(() -> new Failure("Jira has no priority " + action.priority(), false));
    IssueService.UpdateValidationResult validation =
        issues.validateUpdate(
            actor, issue.getId(), issues.newIssueInputParameters().setPriorityId(priority.getId()));
    refused(validation, "set the priority of " + issue.getKey() + " to " + priority.getName());
    refused(
        issues.update(actor, validation),
        "set the priority of " + issue.getKey() + " to " + priority.getName());
    return "priority set to " + priority.getName() + " by " + actor.getUsername();
  }

  public String reassign(Issue issue, AlertAction.Reassign action, ApplicationUser actor)
      throws Failure {
    ApplicationUser assignee = users.getUserByName(action.user());
    if (assignee == null) {
      throw new Failure("Jira has no user named " + action.user() + " to assign to", false);
    }
    ApplicationUser current = issue.getAssignee();
    if (current != null && current.getKey().equals(assignee.getKey())) {
      return "already done: assigned to " + assignee.getUsername();
    }
    IssueService.AssignValidationResult validation =
        issues.validateAssign(actor, issue.getId(), assignee.getUsername());
    refused(validation, "assign " + issue.getKey() + " to " + assignee.getUsername());
    refused(
        issues.assign(actor, validation),
        "assign " + issue.getKey() + " to " + assignee.getUsername());
    return "assigned to " + assignee.getUsername() + " by " + actor.getUsername();
  }

  /** The transition by its name among those the workflow offers the acting user now. */
  public String transition(Issue issue, AlertAction.Transition action, ApplicationUser actor)
      throws Failure {
    List<ActionDescriptor> available =
        workflows.getSortedAvailableActions(issue, TransitionOptions.defaults(), actor);
    ActionDescriptor chosen = null;
    List<String> names = new ArrayList<>();
    for (ActionDescriptor candidate : available) {
      names.add(candidate.getName());
      if (chosen == null && candidate.getName().equalsIgnoreCase(action.transition())) {
        chosen = candidate;
      }
    }
    if (chosen == null) {
      throw new Failure(
          "transition \""
              + action.transition()
              + "\" is not available on "
              + issue.getKey()
              + (issue.getStatus() == null ? "" : " in status " + issue.getStatus().getName())
              + " for "
              + actor.getUsername()
              + (names.isEmpty() ? " (none is)" : " (available: " + String.join(", ", names) + ")"),
          false);
    }
    IssueService.TransitionValidationResult validation =
        issues.validateTransition(
            actor, issue.getId(), chosen.getId(), issues.newIssueInputParameters());
    refused(validation, "transition " + issue.getKey() + " by \"" + chosen.getName() + "\"");
    refused(
        issues.transition(actor, validation),
        "transition " + issue.getKey() + " by \"" + chosen.getName() + "\"");
    return "transition \"" + chosen.getName() + "\" done by " + actor.getUsername();
  }

  public String addLabel(Issue issue, AlertAction.AddLabel action, ApplicationUser actor)
      throws Failure {
    Set<Label> present = issue.getLabels();
    if (present != null) {
      for (Label label : present) {
        if (action.label().equals(label.getLabel())) {
          return "already done: label " + action.label();
        }
      }
    }
    require(ProjectPermissions.EDIT_ISSUES, issue, actor, "edit");
    labels.addLabel(actor, issue.getId(), action.label(), false);
    return "label " + action.label() + " added by " + actor.getUsername();
  }

  private void require(
      ProjectPermissionKey permission, Issue issue, ApplicationUser actor, String what)
      throws Failure {
    if (!permissions.hasPermission(permission, issue, actor)) {
      throw new Failure(
          actor.getUsername() + ", who acts for SLA alerts, may not " + what + " " + issue.getKey(),
          false);
    }
  }

  /** A result Jira refused: a failure with Jira's messages, not worth a retry. */
  private static void refused(ServiceResult result, String what) throws Failure {
    if (result.isValid()) {
      return;
    }
    throw new Failure("Jira refused to " + what + ": " + messages(result), false);
  }

  private static String messages(ServiceResult result) {
    ErrorCollection errors = result.getErrorCollection();
    List<String> lines = new ArrayList<>();
    if (errors != null) {
      if (errors.getErrorMessages() != null) {
        lines.addAll(errors.getErrorMessages());
      }
      if (errors.getErrors() != null) {
        errors.getErrors().forEach((field, message) -> lines.add(field + ": " + message));
      }
    }
    return lines.isEmpty() ? "no reason given" : String.join("; ", lines);
  }
}

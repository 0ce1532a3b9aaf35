package org.slaclocks.jira.alert;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import org.slaclocks.tracking.AlertActions.Failure;

/**
 * Who changes the issue for a reminder or escalation (comments, priority, assignee, transition,
 * label): the user an administrator set for the app ({@link #SETTING}, a user key in the app's
 * global settings), else the issue's project lead. Jira checks that user's permissions and the
 * workflow's conditions as it would for that user's own change, and the issue's history names them.
 * A missing or deactivated acting user is a failure that names the setting to change, not a retry.
 */
public final class ActingUser {
  /** The app setting holding the acting user's key (Jira's global plugin settings). */
  public static final String SETTING = "org.slaclocks.sla-clocks.alerts.acting-user";

  private final UserManager users;
  private final PluginSettingsFactory settings;

  public ActingUser(UserManager users, PluginSettingsFactory settings) {
    this.users = users;
    this.settings = settings;
  }

  /** The user who acts on {@code issue}. */
  public ApplicationUser of(Issue issue) throws Failure {
    Object key = settings.createGlobalSettings().get(SETTING);
    if (key instanceof String userKey && !userKey.isBlank()) {
      ApplicationUser user = users.getUserByKey(userKey);
      if (user == null) {
        throw new Failure(
            "the acting user of SLA alerts (setting "
                + SETTING
                + ", user key "
                + userKey
                + ") does not exist in Jira",
            false);
      }
      return active(user, "the acting user of SLA alerts (setting " + SETTING + ")");
    }
    Project project = issue.getProjectObject();
    ApplicationUser lead = project == null ? null : project.getProjectLead();
    if (lead == null) {
      throw new Failure(
          "project "
              + (project == null ? "?" : project.getKey())
              + " has no lead to act for SLA alerts; set one, or the app setting "
              + SETTING,
          false);
    }
    return active(lead, "the lead of project " + project.getKey() + ", who acts for SLA alerts,");
  }

  private static ApplicationUser active(ApplicationUser user, String who) throws Failure {
    if (!user.isActive()) {
      throw new Failure(who + " (" + user.getUsername() + ") is deactivated", false);
    }
    return user;
  }
}

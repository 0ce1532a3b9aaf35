package org.slaclocks.jira.alert;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.watchers.WatcherManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.security.roles.ProjectRole;
import com.atlassian.jira.security.roles.ProjectRoleManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slaclocks.policy.Recipient;

/**
 * Turns an e-mail's recipients into people: each person once, however many recipients name them (in
 * the order they are first named), and only people who are active, may browse the issue and have an
 * e-mail address. Everyone left out, and every recipient that names nobody, gets a line that says
 * why, for the firing's outcome on the issue.
 */
public final class AlertRecipients {
  private final UserManager users;
  private final GroupManager groups;
  private final ProjectRoleManager roles;
  private final WatcherManager watchers;
  private final PermissionManager permissions;

  public AlertRecipients(
      UserManager users,
      GroupManager groups,
      ProjectRoleManager roles,
      WatcherManager watchers,
      PermissionManager permissions) {
    this.users = users;
    this.groups = groups;
    this.roles = roles;
    this.watchers = watchers;
    this.permissions = permissions;
  }

  /** The people to mail, and a line for each one left out or recipient naming nobody. */
  public record Resolved(List<ApplicationUser> people, List<String> leftOut) {
    public Resolved {
      people = List.copyOf(people);
      leftOut = List.copyOf(leftOut);
    }
  }

  public Resolved resolve(Issue issue, List<Recipient> recipients) {
    Map<String, ApplicationUser> named = new LinkedHashMap<>();
    List<String> leftOut = new ArrayList<>();
    for (Recipient recipient : recipients) {
      Collection<ApplicationUser> found = people(issue, recipient);
      if (found.isEmpty()) {
        leftOut.add(nobody(recipient));
      }
      for (ApplicationUser user : found) {
        if (user != null) {
          named.putIfAbsent(user.getKey(), user);
        }
      }
    }
    List<ApplicationUser> people = new ArrayList<>();
    for (ApplicationUser user : named.values()) {
      String why = whyLeftOut(issue, user);
      if (why == null) {
        people.add(user);
      } else {
        leftOut.add(user.getUsername() + " (" + why + ")");
      }
    }
    return new Resolved(people, leftOut);
  }

  private Collection<ApplicationUser> people(Issue issue, Recipient recipient) {
    Project project = issue.getProjectObject();
    return switch (recipient.kind()) {
      case ASSIGNEE -> single(issue.getAssignee());
      case REPORTER -> single(issue.getReporter());
      case WATCHERS -> orEmpty(watchers.getWatchersUnsorted(issue));
      case PROJECT_LEAD -> single(project == null ? null : project.getProjectLead());
      case USER -> single(users.getUserByName(recipient.name()));
      case GROUP -> orEmpty(groups.getUsersInGroup(recipient.name()));
      case ROLE -> {
        ProjectRole role = roles.getProjectRole(recipient.name());
        yield role == null || project == null
            ? List.of()
            : orEmpty(roles.getProjectRoleActors(role, project).getApplicationUsers());
      }
    };
  }

  private String whyLeftOut(Issue issue, ApplicationUser user) {
    if (!user.isActive()) {
      return "inactive";
    }
    if (!permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, user)) {
      return "may not browse " + issue.getKey();
    }
    String address = user.getEmailAddress();
    if (address == null || address.isBlank()) {
      return "no e-mail address";
    }
    return null;
  }

  private static String nobody(Recipient recipient) {
    return switch (recipient.kind()) {
      case ASSIGNEE -> "no assignee";
      case REPORTER -> "no reporter";
      case WATCHERS -> "no watchers";
      case PROJECT_LEAD -> "no project lead";
      case USER -> "no user named " + recipient.name();
      case GROUP -> "no members in group " + recipient.name() + " (or no such group)";
      case ROLE -> "nobody in project role " + recipient.name() + " (or no such role)";
    };
  }

  private static Collection<ApplicationUser> single(ApplicationUser user) {
    return user == null ? List.of() : List.of(user);
  }

  private static <T> Collection<T> orEmpty(Collection<T> values) {
    return values == null ? List.of() : values;
  }
}

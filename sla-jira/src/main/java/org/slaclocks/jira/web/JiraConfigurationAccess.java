package org.slaclocks.jira.web;

import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.slaclocks.web.host.ConfigurationAccess;
import org.slaclocks.web.host.Viewer;

/**
 * Jira administrators configure the SLAs: the Administer Jira global permission, or System
 * Administer. An anonymous visitor, a user who no longer exists and any failure to ask Jira are
 * refused: a page that cannot tell must not open the configuration.
 */
public final class JiraConfigurationAccess implements ConfigurationAccess {
  private static final Logger LOG = Logger.getLogger(JiraConfigurationAccess.class.getName());

  private final GlobalPermissionManager globalPermissions;
  private final UserManager users;

  public JiraConfigurationAccess(GlobalPermissionManager globalPermissions, UserManager users) {
    this.globalPermissions = Objects.requireNonNull(globalPermissions, "globalPermissions");
    this.users = Objects.requireNonNull(users, "users");
  }

  @Override
  public boolean mayConfigure(Viewer viewer) {
    Objects.requireNonNull(viewer, "viewer");
    if (viewer.isAnonymous()) {
      return false;
    }
    try {
      ApplicationUser user = users.getUserByKey(viewer.userKey());
      // Jira's ADMINISTER check also answers yes for system administrators (its javadoc since
      // 6.2.5); SYSTEM_ADMIN is asked too so that this holds whatever the implementation does.
      return user != null
          && (globalPermissions.hasPermission(GlobalPermissionKey.ADMINISTER, user)
              || globalPermissions.hasPermission(GlobalPermissionKey.SYSTEM_ADMIN, user));
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "Cannot tell whether user " + viewer.userKey() + " is a Jira administrator; refused",
          e);
      return false;
    }
  }
}

package org.slaclocks.sandbox;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.slaclocks.web.host.Viewer;

/**
 * A local person to look at the sandbox as: a role (what they are for in a demo), a locale and a
 * time zone, and the projects they may not browse.
 */
public record SandboxPerson(
    String userKey,
    String displayName,
    Role role,
    Locale locale,
    ZoneId zone,
    Set<String> hiddenProjects) {
  /** What the person stands for; the sandbox grants only browsing, per project. */
  public enum Role {
    ADMINISTRATOR,
    AGENT,
    MANAGER,
    RESTRICTED
  }

  public SandboxPerson {
    Objects.requireNonNull(userKey, "userKey");
    Objects.requireNonNull(displayName, "displayName");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(zone, "zone");
    hiddenProjects = Set.copyOf(hiddenProjects);
  }

  public boolean mayBrowse(String projectKey) {
    return !hiddenProjects.contains(projectKey);
  }

  /** The person as the web layer sees them, in {@code locale} (their own, or the one chosen). */
  public Viewer viewer(Locale locale) {
    return new Viewer(userKey, displayName, locale, zone);
  }
}

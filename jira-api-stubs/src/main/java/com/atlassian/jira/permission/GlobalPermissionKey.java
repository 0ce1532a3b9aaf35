// Source: codescape/jira-scrum-poker@364a124 (Jira 10.3.0)
// UserHasProjectAdministrationPermission.java:3,39-40
// GlobalPermissionKey.SYSTEM_ADMIN and GlobalPermissionKey.ADMINISTER passed to
// GlobalPermissionManager.hasPermission; public final class with public static final fields and a
// private constructor taking the key in turgaycelik/mysource (Jira 6.3.15)
// GlobalPermissionKey.java:22-25,50.
package com.atlassian.jira.permission;

/**
 * The key of a global permission. Unlike the other stubs' constants these are distinct objects, as
 * in Jira, so that tests can tell which permission the app asks for (they are still not
 * compile-time constants: the app reads them at run time).
 */
public final class GlobalPermissionKey {
  public static final GlobalPermissionKey ADMINISTER = new GlobalPermissionKey("ADMINISTER");
  public static final GlobalPermissionKey SYSTEM_ADMIN = new GlobalPermissionKey("SYSTEM_ADMIN");

  private final String key;

  private GlobalPermissionKey(String key) {
    this.key = key;
  }

  @Override
  public String toString() {
    return key;
  }
}

package org.slaclocks.history;

import java.util.Objects;

/**
 * A Jira user as the history names them: {@code id} is the stable identity (the user key or name on
 * Data Center, the account id on Cloud exports), {@code displayName} is for people.
 */
public record UserRef(String id, String displayName) {
  /** Jira's anonymous or deleted user, when the history names nobody. */
  public static final UserRef UNKNOWN = new UserRef("", "Anonymous");

  public UserRef {
    Objects.requireNonNull(id, "id");
    displayName = displayName == null ? id : displayName;
  }

  public static UserRef of(String id) {
    return new UserRef(id, id);
  }
}

package org.slaclocks.policy;

import java.util.Objects;

/**
 * Who an e-mail goes to: a person of the issue (assignee, reporter, watchers), the project lead, or
 * a named user, group or project role. {@code name} is set exactly for the named kinds.
 */
public record Recipient(Kind kind, String name) {
  /** The kinds of recipient, with the word the policy file uses for each. */
  public enum Kind {
    ASSIGNEE("assignee"),
    REPORTER("reporter"),
    WATCHERS("watchers"),
    PROJECT_LEAD("project-lead"),
    USER("user"),
    GROUP("group"),
    ROLE("role");

    private final String key;

    Kind(String key) {
      this.key = key;
    }

    public String key() {
      return key;
    }

    /** Named kinds need a name: a user, a group, a project role. */
    public boolean isNamed() {
      return this == USER || this == GROUP || this == ROLE;
    }
  }

  public Recipient {
    Objects.requireNonNull(kind, "kind");
    if (kind.isNamed() && (name == null || name.isBlank())) {
      throw new IllegalArgumentException("a " + kind.key() + " recipient needs a name");
    }
    if (!kind.isNamed() && name != null) {
      throw new IllegalArgumentException("a " + kind.key() + " recipient has no name");
    }
  }

  public static Recipient of(Kind kind) {
    return new Recipient(kind, null);
  }

  /** For people: {@code assignee}, {@code group support-leads}. */
  public String describe() {
    return name == null ? kind.key() : kind.key() + " " + name;
  }
}

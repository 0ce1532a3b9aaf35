package org.slaclocks.tracking;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Which issues a recalculation recomputes: the open ones (a running or paused clock among the
 * stored clocks), those changed since an instant, all of them, or those a JQL query finds. {@code
 * since} is set only for {@link Kind#UPDATED}, {@code jql} only for {@link Kind#JQL}.
 */
public record RecalculationScope(Kind kind, Instant since, String jql) {
  /** The longest JQL a scope takes (it is stored with the run). */
  public static final int MAX_JQL = 450;

  public enum Kind {
    OPEN,
    UPDATED,
    ALL,
    JQL;

    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Kind> of(String key) {
      for (Kind kind : values()) {
        if (kind.key().equals(key)) {
          return Optional.of(kind);
        }
      }
      return Optional.empty();
    }
  }

  public RecalculationScope {
    Objects.requireNonNull(kind, "kind");
    if ((kind == Kind.UPDATED) != (since != null)) {
      throw new IllegalArgumentException("since is given for the scope 'updated' only");
    }
    if (kind == Kind.JQL) {
      if (jql == null || jql.isBlank()) {
        throw new IllegalArgumentException("jql must not be blank for the scope 'jql'");
      }
      if (jql.length() > MAX_JQL) {
        throw new IllegalArgumentException(
            "jql is longer than " + MAX_JQL + " characters (" + jql.length() + ")");
      }
    } else if (jql != null) {
      throw new IllegalArgumentException("jql is given for the scope 'jql' only");
    }
  }

  public static RecalculationScope open() {
    return new RecalculationScope(Kind.OPEN, null, null);
  }

  public static RecalculationScope all() {
    return new RecalculationScope(Kind.ALL, null, null);
  }

  public static RecalculationScope updatedSince(Instant since) {
    return new RecalculationScope(Kind.UPDATED, since, null);
  }

  public static RecalculationScope ofJql(String jql) {
    return new RecalculationScope(Kind.JQL, null, jql);
  }

  /** For people and the audit log: {@code open}, {@code updated since 2026-05-01T00:00:00Z}, ... */
  public String describe() {
    return switch (kind) {
      case OPEN, ALL -> kind.key();
      case UPDATED -> "updated since " + since;
      case JQL -> "jql: " + jql;
    };
  }
}

package org.slaclocks.validation;

import java.util.Objects;

/**
 * One thing wrong with an input, located by a path in that input ({@code hours.MON[1]}, {@code
 * policies[0].metrics[2].goals[1].duration}). An empty path means the input as a whole.
 */
public record Problem(String path, String message) {
  public Problem {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }

  /** The same problem, found inside a larger document at {@code prefix}. */
  public Problem under(String prefix) {
    if (prefix.isEmpty()) {
      return this;
    }
    if (path.isEmpty()) {
      return new Problem(prefix, message);
    }
    return new Problem(prefix + (path.startsWith("[") ? "" : ".") + path, message);
  }

  @Override
  public String toString() {
    return path.isEmpty() ? message : path + ": " + message;
  }
}

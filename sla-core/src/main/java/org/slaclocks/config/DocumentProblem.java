package org.slaclocks.config;

import java.util.Objects;

/**
 * One thing wrong with a configuration, located in a document ({@code kind} and {@code id}) by a
 * path inside it ({@code hours.MON[0]}, {@code metrics[1].goals[0].target}), as the screens show it
 * next to the field. {@code kind} is null for a problem of the configuration as a whole.
 */
public record DocumentProblem(DocumentKind kind, String id, String path, String message) {
  public DocumentProblem {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    String where = kind == null ? "" : kind.key() + "/" + id;
    String at = path.isEmpty() ? where : where.isEmpty() ? path : where + " " + path;
    return at.isEmpty() ? message : at + ": " + message;
  }
}

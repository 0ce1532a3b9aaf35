package org.slaclocks.cli.sample;

import java.util.List;
import java.util.Objects;

/**
 * A Jira project the sample can be generated for. Jira ids of its issues, change histories and
 * comments are offset by {@code idOffset}, so exports of several sample projects load side by side
 * (the sandbox serves two, so that a person can be kept out of one of them).
 */
public record SampleProject(String key, String name, String id, int idOffset) {
  /** The bundled helpdesk: {@code examples/helpdesk/issues.json}. */
  public static final SampleProject HELPDESK = new SampleProject("HELP", "Helpdesk", "10000", 0);

  /** A second desk: {@code examples/helpdesk/operations.json}. */
  public static final SampleProject OPERATIONS =
      new SampleProject("OPS", "Operations desk", "10001", 100_000);

  public static final List<SampleProject> ALL = List.of(HELPDESK, OPERATIONS);

  public SampleProject {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(id, "id");
    if (idOffset < 0) {
      throw new IllegalArgumentException("idOffset must not be negative, got " + idOffset);
    }
  }

  /** The project with this key, case as Jira writes it. */
  public static SampleProject byKey(String key) {
    return ALL.stream()
        .filter(p -> p.key.equals(key))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "no sample project "
                        + key
                        + "; known: "
                        + ALL.stream().map(SampleProject::key).toList()));
  }
}

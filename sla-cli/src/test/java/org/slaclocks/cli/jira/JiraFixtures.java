package org.slaclocks.cli.jira;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The real Jira REST responses in {@code shared/fixtures/jira-rest}, read where they are: they are
 * not ours to copy into the repository (see their {@code SOURCES.md}).
 */
public final class JiraFixtures {
  static final String ACTIONABLE_AGILE_SEARCH =
      "actionableagile__jira-issues-request__search-expand-changelog.json";
  static final String AGILE_SPRINT = "go-jira__issues_in_sprint_with_changelog.json";
  static final String JIRA_5_WITH_DUPLICATE = "jrjc__issue__valid-5.0-with-changelog.json";
  static final String TST_8_RESOLVED = "jrjc__issue__valid-all-expanded-with-resolution.json";
  static final String TST_2_ALL_EXPANDED = "jrjc__issue__valid-all-expanded.json";

  private static final Path FOLDER = Path.of("shared", "fixtures", "jira-rest");

  private JiraFixtures() {}

  /** The fixtures folder, found above the working directory (the module or the worktree). */
  public static Path folder() {
    String configured = System.getenv("SLA_JIRA_FIXTURES");
    if (configured != null && Files.isDirectory(Path.of(configured))) {
      return Path.of(configured);
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve(FOLDER);
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    // a clone elsewhere on this machine (CI) still finds the shared fixtures
    Path shared = Path.of("/work").resolve(FOLDER);
    if (Files.isDirectory(shared)) {
      return shared;
    }
    return fail(
        "no %s folder above %s: the Jira REST fixtures live beside the repository, in"
            + " /work/shared/fixtures/jira-rest",
        FOLDER, Path.of("").toAbsolutePath());
  }

  public static Path file(String name) {
    Path file = folder().resolve(name);
    if (!Files.isRegularFile(file)) {
      fail("fixture %s is missing from %s", name, folder());
    }
    return file;
  }

  public static List<Path> all() {
    try (Stream<Path> files = Files.list(folder())) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

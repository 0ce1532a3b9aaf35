package org.slaclocks.jira.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The app links against Jira by what its bytecode names, so every Atlassian type and member it
 * references must be one that {@code docs/jira-api-references.md} lists as confirmed, with a public
 * source, exactly (owner, invoke kind, name, erased descriptor). The stubs can be wrong; this keeps
 * each guess visible and sourced. Rows marked unconfirmed are printed on every build.
 */
class ApiReferencesTest {
  private static final Path CLASSES = Path.of("target", "classes");
  private static final Path LIST = Path.of("..", "docs", "jira-api-references.md");

  /** The list's rows by their reference: status and source. */
  static Map<ApiReference, String[]> rows() throws IOException {
    Map<ApiReference, String[]> rows = new LinkedHashMap<>();
    for (String line : Files.readAllLines(LIST)) {
      if (!line.startsWith("| `com/atlassian/")) {
        continue;
      }
      String[] cells = line.split("\\|", -1);
      if (cells.length < 8) {
        throw new IllegalStateException("a row of " + LIST + " has too few cells: " + line);
      }
      ApiReference reference =
          new ApiReference(
              unquote(cells[1]), cells[2].trim(), unquote(cells[3]), unquote(cells[4]));
      rows.put(reference, new String[] {cells[5].trim(), cells[6].trim()});
    }
    return rows;
  }

  private static String unquote(String cell) {
    return cell.trim().replace("`", "");
  }

  @Test
  void everyAtlassianMemberTheAppReferencesIsConfirmedWithASource() throws IOException {
    Set<ApiReference> referenced = ApiReferenceScanner.scan(CLASSES);
    Map<ApiReference, String[]> rows = rows();
    List<String> missing = new ArrayList<>();
    for (ApiReference reference : referenced) {
      String[] row = rows.get(reference);
      if (row == null || !row[0].equals("confirmed") || row[1].isEmpty()) {
        missing.add(reference.row(row == null ? "?" : row[0], row == null ? "?" : row[1]));
      }
    }
    List<String> unconfirmed = new ArrayList<>();
    rows.forEach(
        (reference, row) -> {
          if (!row[0].equals("confirmed")) {
            unconfirmed.add(reference.row(row[0], row[1]));
          }
        });
    if (!unconfirmed.isEmpty()) {
      System.out.println(
          "Atlassian API members declared but not confirmed (the app must not use them):\n"
              + String.join("\n", unconfirmed));
    }
    assertThat(missing)
        .as(
            "Atlassian references in the app's bytecode that "
                + LIST
                + " does not mark confirmed with a source (add or fix these rows)")
        .isEmpty();
    assertThat(referenced).as("the scan found the app's Atlassian references").isNotEmpty();
  }

  @Test
  void theListNamesNothingTheAppNoLongerUses() throws IOException {
    Set<ApiReference> referenced = ApiReferenceScanner.scan(CLASSES);
    List<String> stale = new ArrayList<>();
    rows()
        .forEach(
            (reference, row) -> {
              if (row[0].equals("confirmed") && !referenced.contains(reference)) {
                stale.add(reference.row(row[0], row[1]));
              }
            });
    assertThat(stale).as("rows for references the app no longer makes").isEmpty();
  }
}

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
 * source, exactly (owner, invoke kind, name, erased descriptor), and with how new that evidence is.
 * The stubs can be wrong; this keeps each guess visible and sourced. Rows marked unconfirmed, and
 * rows whose newest evidence is Jira 8 or older, are printed on every build.
 */
class ApiReferencesTest {
  /** The app's own code: this module's and that of our modules the bundle embeds. */
  private static final List<Path> CLASSES =
      List.of(
          Path.of("target", "classes"),
          Path.of("..", "sla-store", "target", "classes"),
          Path.of("..", "sla-web", "target", "classes"));

  private static final Path LIST = Path.of("..", "docs", "jira-api-references.md");
  private static final String SHOWN_ON_JIRA_9 = "9+";
  private static final String ONLY_JIRA_8 = "≤8";
  private static final String ONLY_JIRA_8_SECTION = "## Still only Jira ≤ 8 evidence";

  /** One row of the list: its status, how new its evidence is, and its source. */
  record Row(String status, String jira, String source) {}

  /** The list's rows by their reference. */
  static Map<ApiReference, Row> rows() throws IOException {
    Map<ApiReference, Row> rows = new LinkedHashMap<>();
    for (String line : Files.readAllLines(LIST)) {
      if (!line.startsWith("| `com/atlassian/")) {
        continue;
      }
      String[] cells = line.split("\\|", -1);
      if (cells.length < 9) {
        throw new IllegalStateException("a row of " + LIST + " has too few cells: " + line);
      }
      ApiReference reference =
          new ApiReference(
              unquote(cells[1]), cells[2].trim(), unquote(cells[3]), unquote(cells[4]));
      rows.put(reference, new Row(cells[5].trim(), cells[6].trim(), cells[7].trim()));
    }
    return rows;
  }

  /** The text of the list's section that explains the rows with only Jira 8 evidence. */
  private static String onlyJira8Section() throws IOException {
    String list = Files.readString(LIST);
    int start = list.indexOf(ONLY_JIRA_8_SECTION);
    assertThat(start).as(LIST + " has a section \"" + ONLY_JIRA_8_SECTION + "\"").isNotNegative();
    int end = list.indexOf("\n## ", start + ONLY_JIRA_8_SECTION.length());
    return list.substring(start, end < 0 ? list.length() : end);
  }

  private static String unquote(String cell) {
    return cell.trim().replace("`", "");
  }

  private static String row(ApiReference reference, Row row) {
    return row == null
        ? reference.row("?", "?", "?")
        : reference.row(row.status, row.jira, row.source);
  }

  @Test
  void everyAtlassianMemberTheAppReferencesIsConfirmedWithASource() throws IOException {
    Set<ApiReference> referenced = ApiReferenceScanner.scan(CLASSES);
    Map<ApiReference, Row> rows = rows();
    List<String> missing = new ArrayList<>();
    for (ApiReference reference : referenced) {
      Row row = rows.get(reference);
      if (row == null
          || !row.status.equals("confirmed")
          || row.source.isEmpty()
          || !(row.jira.equals(SHOWN_ON_JIRA_9) || row.jira.equals(ONLY_JIRA_8))) {
        missing.add(row(reference, row));
      }
    }
    List<String> unconfirmed = new ArrayList<>();
    rows.forEach(
        (reference, row) -> {
          if (!row.status.equals("confirmed")) {
            unconfirmed.add(row(reference, row));
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
                + " does not mark confirmed with a source and a jira column of "
                + SHOWN_ON_JIRA_9
                + " or "
                + ONLY_JIRA_8
                + " (add or fix these rows)")
        .isEmpty();
    assertThat(referenced).as("the scan found the app's Atlassian references").isNotEmpty();
  }

  @Test
  void everyReferenceWithOnlyJira8EvidenceSaysWhyItIsNeededAndHowToCheckIt() throws IOException {
    Set<ApiReference> referenced = ApiReferenceScanner.scan(CLASSES);
    String section = onlyJira8Section();
    List<String> onlyJira8 = new ArrayList<>();
    List<String> unexplained = new ArrayList<>();
    rows()
        .forEach(
            (reference, row) -> {
              if (referenced.contains(reference) && row.jira.equals(ONLY_JIRA_8)) {
                onlyJira8.add(reference.shortName());
                if (!section.contains("| `" + reference.shortName() + "` |")) {
                  unexplained.add(row(reference, row));
                }
              }
            });
    System.out.println(
        "Atlassian references with no evidence newer than Jira 8 (check them on Jira 10.3): "
            + String.join(", ", onlyJira8));
    assertThat(unexplained)
        .as("rows at " + ONLY_JIRA_8 + " that \"" + ONLY_JIRA_8_SECTION + "\" does not explain")
        .isEmpty();
  }

  @Test
  void theListNamesNothingTheAppNoLongerUses() throws IOException {
    Set<ApiReference> referenced = ApiReferenceScanner.scan(CLASSES);
    List<String> stale = new ArrayList<>();
    rows()
        .forEach(
            (reference, row) -> {
              if (row.status.equals("confirmed") && !referenced.contains(reference)) {
                stale.add(row(reference, row));
              }
            });
    assertThat(stale).as("rows for references the app no longer makes").isEmpty();
  }
}

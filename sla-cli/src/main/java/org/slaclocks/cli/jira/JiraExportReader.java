package org.slaclocks.cli.jira;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slaclocks.format.Json;
import org.slaclocks.history.IssueHistory;
import org.slaclocks.validation.ValidationException;

/**
 * Reads Jira REST responses fetched with {@code expand=changelog} into issue histories: a search
 * ({@code /rest/api/2/search}, Server or Cloud), a single issue ({@code /rest/api/2/issue/KEY}) or
 * a Jira Agile list ({@code /rest/agile/1.0/sprint/ID/issue}). Several files are pages of one
 * export: an issue found in more than one is read once, from its most recently updated copy.
 *
 * <p>Nothing stops the import: a file or an issue that cannot be read is a {@link Failure} with the
 * reason, and the rest is read.
 */
public final class JiraExportReader {
  private static final Pattern ISSUE_KEY = Pattern.compile("(.+)-(\\d+)");

  /** Jira's order of issue keys: by project key, then by number ({@code HELP-9 < HELP-10}). */
  public static final Comparator<String> KEY_ORDER = JiraExportReader::compareKeys;

  /**
   * Something that was not read.
   *
   * @param subject the issue key; {@code file#index} for an issue without a key; the file for a
   *     file that is not a Jira response
   * @param reason what is wrong, for a person to fix
   */
  public record Failure(String subject, String reason) {
    public Failure {
      Objects.requireNonNull(subject, "subject");
      Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
      return subject + ": " + reason;
    }
  }

  /**
   * @param issues every issue read, once, in key order
   * @param failures what was skipped, in the order it was met
   */
  public record Result(List<IssueHistory> issues, List<Failure> failures) {
    public Result {
      issues = List.copyOf(issues);
      failures = List.copyOf(failures);
    }
  }

  private final ReaderOptions options;
  private final Map<String, ExportIssue.Read> byKey = new LinkedHashMap<>();
  private final List<Failure> failures = new ArrayList<>();

  private JiraExportReader(ReaderOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  /**
   * Reads the files as pages of one export, with the streaming reader ({@link JiraExportStream}):
   * the histories are kept, the files' text is not.
   */
  public static Result read(List<Path> files, ReaderOptions options) {
    JiraExportReader reader = new JiraExportReader(options);
    JiraExportStream.read(
        files,
        options,
        ReadProgress.silent(),
        new JiraExportStream.Listener() {
          @Override
          public void issue(ExportIssue issue) {
            reader.readIssue(issue);
          }

          @Override
          public void failure(Failure failure) {
            reader.failures.add(failure);
          }
        });
    return reader.result();
  }

  /**
   * Reads one response given as text, as a tree; {@code sourceName} names it in failures. The same
   * issues and failures as the streaming reader gives for the same bytes in a file.
   */
  public static Result read(String json, String sourceName, ReaderOptions options) {
    JiraExportReader reader = new JiraExportReader(options);
    reader.readResponse(json, sourceName);
    return reader.result();
  }

  private void readResponse(String json, String source) {
    JsonNode root;
    try {
      root = Json.parse(json, source);
    } catch (ValidationException e) {
      failures.add(new Failure(source, e.problems().get(0).message()));
      return;
    }
    if (!root.isObject()) {
      failures.add(new Failure(source, "not a Jira response: expected a JSON object"));
      return;
    }
    JsonNode names = root.get("names");
    JiraIssueMapper mapper = new JiraIssueMapper(names, options);
    JsonNode issues = root.get("issues");
    if (issues != null) {
      if (!issues.isArray()) {
        failures.add(new Failure(source, "\"issues\" is not an array"));
        return;
      }
      for (int i = 0; i < issues.size(); i++) {
        readIssue(new ExportIssue(issues.get(i), source + "#" + i, names, mapper));
      }
    } else if (root.has("key") && root.has("fields")) {
      readIssue(new ExportIssue(root, source, names, mapper));
    } else if (root.has("errorMessages")) {
      failures.add(
          new Failure(source, "Jira answered with an error: " + root.get("errorMessages")));
    } else {
      failures.add(
          new Failure(
              source,
              "not a Jira search, issue or agile response: expected \"issues\", or an issue with"
                  + " \"key\" and \"fields\""));
    }
  }

  private void readIssue(ExportIssue issue) {
    ExportIssue.Read read;
    try {
      read = issue.read();
    } catch (IllegalArgumentException e) {
      failures.add(issue.failure(e));
      return;
    }
    ExportIssue.Read earlier = byKey.get(read.history().key());
    if (earlier == null || isNewer(read, earlier)) {
      byKey.put(read.history().key(), read);
    }
  }

  /** Whether {@code copy} replaces {@code earlier} of the same key: it was updated later. */
  public static boolean isNewer(ExportIssue.Read copy, ExportIssue.Read earlier) {
    return copy.updated().isAfter(earlier.updated());
  }

  private Result result() {
    List<IssueHistory> issues = new ArrayList<>();
    byKey.values().forEach(read -> issues.add(read.history()));
    issues.sort(Comparator.comparing(IssueHistory::key, KEY_ORDER));
    return new Result(issues, failures);
  }

  private static int compareKeys(String a, String b) {
    Matcher ma = ISSUE_KEY.matcher(a);
    Matcher mb = ISSUE_KEY.matcher(b);
    if (!ma.matches() || !mb.matches()) {
      return a.compareTo(b);
    }
    int byProject = ma.group(1).compareTo(mb.group(1));
    if (byProject != 0) {
      return byProject;
    }
    // Compare numbers as text of equal length: no overflow, whatever their size.
    String na = ma.group(2).replaceFirst("^0+(?=.)", "");
    String nb = mb.group(2).replaceFirst("^0+(?=.)", "");
    return na.length() != nb.length() ? na.length() - nb.length() : na.compareTo(nb);
  }
}

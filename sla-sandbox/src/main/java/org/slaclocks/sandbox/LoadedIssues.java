package org.slaclocks.sandbox;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slaclocks.cli.jira.JiraExportReader;
import org.slaclocks.history.ChangeGroup;
import org.slaclocks.history.IssueHistory;

/**
 * The issues of the exports: each one's history (what the app's recalculation reads, as Jira's
 * change history) and its shown fields, by issue id, in the exports' order.
 */
public final class LoadedIssues {
  /** One issue: its history and what the pages show of it. */
  /** The issue's fields as they were at {@code now} (the export holds them as at its instant). */
  public IssueFields fieldsAt(Issue issue, Instant now) {
    return issue.fields().asOf(issue.history(), now, people, statusCategories);
  }

  public record Issue(IssueHistory history, IssueFields fields) {
    public long id() {
      return history.issueId();
    }

    public String key() {
      return history.key();
    }

    public String projectKey() {
      return fields.projectKey();
    }

    /** The instant of the issue's last change at or before {@code now}; empty before creation. */
    public Optional<Instant> lastChangeAtOrBefore(Instant now) {
      if (history.createdAt().isAfter(now)) {
        return Optional.empty();
      }
      Instant last = history.createdAt();
      for (ChangeGroup group : history.groups()) {
        if (group.at().isAfter(now)) {
          break;
        }
        last = group.at();
      }
      return Optional.of(last);
    }
  }

  private final Map<Long, Issue> byId = new LinkedHashMap<>();
  private final Map<String, Long> idsByKey = new HashMap<>();
  private final List<JiraExportReader.Failure> failures;

  private final Map<String, String> people;
  private final Map<String, String> statusCategories;

  LoadedIssues(
      List<IssueHistory> histories,
      Map<Long, IssueFields> fields,
      List<JiraExportReader.Failure> failures) {
    this(histories, fields, failures, Map.of(), Map.of());
  }

  LoadedIssues(
      List<IssueHistory> histories,
      Map<Long, IssueFields> fields,
      List<JiraExportReader.Failure> failures,
      Map<String, String> people,
      Map<String, String> statusCategories) {
    this.people = Map.copyOf(people);
    this.statusCategories = Map.copyOf(statusCategories);
    for (IssueHistory history : histories) {
      IssueFields shown = fields.get(history.issueId());
      if (shown == null) {
        shown =
            new IssueFields(
                history.issueId(),
                history.key(),
                projectOf(history.key()),
                "",
                "",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                history.createdAt(),
                null,
                null,
                List.of(),
                List.of(),
                Map.of());
      }
      byId.put(history.issueId(), new Issue(history, shown));
    }
    // Current keys win over the older keys of moved issues.
    byId.values()
        .forEach(i -> i.history().keys().forEach(k -> idsByKey.putIfAbsent(norm(k), i.id())));
    byId.values().forEach(i -> idsByKey.put(norm(i.key()), i.id()));
    this.failures = List.copyOf(failures);
  }

  private static String projectOf(String key) {
    int dash = key.lastIndexOf('-');
    return dash > 0 ? key.substring(0, dash) : key;
  }

  private static String norm(String key) {
    return key.toUpperCase(Locale.ROOT);
  }

  /** A person's display name as the exports give it; empty when no export names them. */
  public Optional<String> displayName(String userKey) {
    return Optional.ofNullable(people.get(userKey));
  }

  public Collection<Issue> all() {
    return byId.values();
  }

  public Optional<Issue> byId(long id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** By key, as typed or in any case; a moved issue is found by its older keys too. */
  public Optional<Issue> byKey(String key) {
    Long id = idsByKey.get(norm(key));
    return id == null ? Optional.empty() : byId(id);
  }

  /** Every key an issue has had, to its id (what a policy file's exclusions name). */
  public Map<String, Long> idsByKey() {
    Map<String, Long> out = new HashMap<>();
    byId.values().forEach(i -> i.history().keys().forEach(k -> out.putIfAbsent(k, i.id())));
    byId.values().forEach(i -> out.put(i.key(), i.id()));
    return out;
  }

  /** Issues or files of the exports that could not be read (listed, then skipped). */
  public List<JiraExportReader.Failure> failures() {
    return failures;
  }

  public int size() {
    return byId.size();
  }
}

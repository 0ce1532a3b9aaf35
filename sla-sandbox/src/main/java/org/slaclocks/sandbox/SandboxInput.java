package org.slaclocks.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slaclocks.cli.jira.ExportIssue;
import org.slaclocks.cli.jira.ExportPipeline;
import org.slaclocks.cli.jira.JiraExportReader;
import org.slaclocks.cli.jira.ReadProgress;
import org.slaclocks.cli.jira.ReaderOptions;
import org.slaclocks.format.PolicyJson;
import org.slaclocks.history.IssueHistory;
import org.slaclocks.policy.SlaConfiguration;
import org.slaclocks.validation.ValidationException;

/**
 * What {@code sla serve} is given: the policy file (as text, which is what the app stores, and
 * parsed) and the issues of the exports, read with the command line's streaming Jira export reader:
 * the files are read once, one issue at a time, never held whole.
 */
public record SandboxInput(String policyJson, SlaConfiguration policies, LoadedIssues issues) {
  private record Mapped(ExportIssue issue, ExportIssue.Read read) {}

  /**
   * Reads and checks the files.
   *
   * @throws SandboxException naming the file and the problem: a missing file, a policy file that
   *     does not validate, an export of which no issue can be read
   */
  public static SandboxInput read(Path policyFile, List<Path> issueFiles) {
    return read(policyFile, issueFiles, ReadProgress.silent());
  }

  /** As {@link #read(Path, List)}, drawing the progress of reading the exports. */
  public static SandboxInput read(Path policyFile, List<Path> issueFiles, ReadProgress progress) {
    String json;
    try {
      json = Files.readString(policyFile);
    } catch (NoSuchFileException e) {
      throw new SandboxException("policy file " + policyFile + " does not exist");
    } catch (IOException e) {
      throw new SandboxException("policy file " + policyFile + " cannot be read: " + e);
    }
    SlaConfiguration config;
    try {
      config = PolicyJson.parse(json);
    } catch (ValidationException e) {
      throw new SandboxException(policyFile + ": " + e.getMessage());
    }
    for (Path file : issueFiles) {
      if (!Files.isRegularFile(file)) {
        throw new SandboxException("issues file " + file + " does not exist");
      }
    }
    ReaderOptions options = ReaderOptions.defaults();
    for (Map.Entry<String, String> e : config.customFieldIds().entrySet()) {
      options = options.withCustomFieldName(e.getKey(), e.getValue());
    }
    Map<String, String> people = new HashMap<>();
    Map<String, String> statusCategories = new HashMap<>();
    Map<String, ExportIssue.Read> byKey = new HashMap<>();
    Map<Long, IssueFields> fields = new HashMap<>();
    List<JiraExportReader.Failure> failures = new ArrayList<>();
    // Parsed on one thread, mapped on the others, kept here in read order: one pass over the files.
    ExportPipeline.run(
        issueFiles,
        options,
        ExportPipeline.threads(),
        progress,
        issue -> new Mapped(issue, issue.read()),
        outcome -> {
          if (outcome instanceof ExportPipeline.Outcome.Done<Mapped> done) {
            ExportIssue.Read read = done.result().read();
            ExportIssue.Read earlier = byKey.get(read.history().key());
            if (earlier == null || JiraExportReader.isNewer(read, earlier)) {
              byKey.put(read.history().key(), read);
              IssueFieldsReader.read(done.result().issue(), people, statusCategories)
                  .ifPresent(f -> fields.put(f.id(), f));
            }
          } else if (outcome instanceof ExportPipeline.Outcome.Skipped<Mapped> skipped) {
            failures.add(skipped.failure());
          }
          progress.issueDone();
        });
    progress.finish();
    if (byKey.isEmpty()) {
      throw new SandboxException(
          "no issue could be read from "
              + issueFiles
              + (failures.isEmpty() ? "" : ": " + failures.get(0)));
    }
    List<IssueHistory> histories = new ArrayList<>();
    byKey.values().forEach(read -> histories.add(read.history()));
    histories.sort(Comparator.comparing(IssueHistory::key, JiraExportReader.KEY_ORDER));
    LoadedIssues issues = new LoadedIssues(histories, fields, failures, people, statusCategories);
    return new SandboxInput(json, config, issues);
  }
}

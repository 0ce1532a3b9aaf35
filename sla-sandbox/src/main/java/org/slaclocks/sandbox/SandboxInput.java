package org.slaclocks.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slaclocks.cli.jira.JiraExportReader;
import org.slaclocks.cli.jira.ReaderOptions;
import org.slaclocks.format.PolicyJson;
import org.slaclocks.policy.SlaConfiguration;
import org.slaclocks.validation.ValidationException;

/**
 * What {@code sla serve} is given: the policy file (as text, which is what the app stores, and
 * parsed) and the issues of the exports, read with the command line's Jira export reader.
 */
public record SandboxInput(String policyJson, SlaConfiguration policies, LoadedIssues issues) {

  /**
   * Reads and checks the files.
   *
   * @throws SandboxException naming the file and the problem: a missing file, a policy file that
   *     does not validate, an export of which no issue can be read
   */
  public static SandboxInput read(Path policyFile, List<Path> issueFiles) {
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
    JiraExportReader.Result export = JiraExportReader.read(issueFiles, options);
    if (export.issues().isEmpty()) {
      throw new SandboxException(
          "no issue could be read from "
              + issueFiles
              + (export.failures().isEmpty() ? "" : ": " + export.failures().get(0)));
    }
    Map<String, String> people = new HashMap<>();
    Map<String, String> statusCategories = new HashMap<>();
    LoadedIssues issues =
        new LoadedIssues(
            export.issues(),
            IssueFieldsReader.read(issueFiles, people, statusCategories),
            export.failures(),
            people,
            statusCategories);
    return new SandboxInput(json, config, issues);
  }
}

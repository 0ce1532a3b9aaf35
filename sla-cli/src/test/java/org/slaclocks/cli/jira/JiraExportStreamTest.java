package org.slaclocks.cli.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slaclocks.cli.sample.SampleHelpdesk;
import org.slaclocks.history.IssueHistory;

class JiraExportStreamTest {
  private static String issue(String key, int id) {
    return "{\"id\": \""
        + id
        + "\", \"key\": \""
        + key
        + "\", \"fields\": {\"created\": \"2026-01-05T09:00:00.000+0000\", \"status\": {\"id\":"
        + " \"1\", \"name\": \"Open\"}}}";
  }

  private static String search(String... issues) {
    return "{\"startAt\": 0, \"issues\": [" + String.join(", ", issues) + "]}";
  }

  /** What the stream hands over, in order: keys of issues, "!" and the subject of failures. */
  private static List<String> met(List<Path> files) {
    List<String> met = new ArrayList<>();
    JiraExportStream.read(
        files,
        ReaderOptions.defaults(),
        ReadProgress.silent(),
        new JiraExportStream.Listener() {
          @Override
          public void issue(ExportIssue issue) {
            met.add(issue.subject());
          }

          @Override
          public void failure(JiraExportReader.Failure failure) {
            met.add("!" + failure);
          }
        });
    return met;
  }

  @Test
  void givesTheSameHistoriesAsTheTreeReaderOnTheSample(@TempDir Path dir) throws IOException {
    String json = SampleHelpdesk.generate(7, 200, SampleHelpdesk.DEFAULT_FROM);
    Path file = Files.writeString(dir.resolve("sample.json"), json);
    ReaderOptions options = ReaderOptions.defaults(); // the custom field names come from "names"

    JiraExportReader.Result tree = JiraExportReader.read(json, file.toString(), options);
    JiraExportReader.Result streamed = JiraExportReader.read(List.of(file), options);

    assertThat(tree.issues()).hasSize(200);
    assertThat(streamed).isEqualTo(tree);
    assertThat(streamed.issues().get(0).initialFields()).containsKey("Region");
  }

  @Test
  void readsSeveralFilesAndGzipInOrder(@TempDir Path dir) throws IOException {
    Path first = Files.writeString(dir.resolve("a.json"), search(issue("A-1", 1), issue("A-2", 2)));
    Path gz = dir.resolve("b.json.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(search(issue("B-1", 3)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    Path single = Files.writeString(dir.resolve("c.json"), issue("C-1", 4));

    assertThat(met(List.of(first, gz, single))).containsExactly("A-1", "A-2", "B-1", "C-1");
  }

  @Test
  void aBrokenIssueInTheMiddleIsReportedWithItsPositionAndTheRestIsRead(@TempDir Path dir)
      throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("export.json"),
            search(issue("A-1", 1), "{\"id\": \"2\", \"fields\": {}}", issue("A-3", 3)));

    JiraExportReader.Result result = JiraExportReader.read(List.of(file), ReaderOptions.defaults());

    assertThat(result.issues()).extracting(IssueHistory::key).containsExactly("A-1", "A-3");
    assertThat(result.failures())
        .containsExactly(new JiraExportReader.Failure(file + "#1", "the issue has no key"));
  }

  @Test
  void aSyntaxErrorStopsItsFileSayingWhereAndTheNextFileIsRead(@TempDir Path dir)
      throws IOException {
    Path broken =
        Files.writeString(
            dir.resolve("broken.json"),
            "{\"issues\": [" + issue("A-1", 1) + ",\n" + issue("A-2", 2) + ",\n {\"key\": ]}");
    Path good = Files.writeString(dir.resolve("good.json"), search(issue("B-1", 3)));

    List<String> met = met(List.of(broken, good));

    assertThat(met).hasSize(4);
    assertThat(met.subList(0, 2)).containsExactly("A-1", "A-2");
    assertThat(met.get(2))
        .startsWith("!" + broken + ": malformed JSON at line 3, column ")
        .contains("in issue #2 (2 issues before it read; the rest of the file is not read)");
    assertThat(met.get(3)).isEqualTo("B-1");
  }

  @Test
  void readsTheNamesWhereverTheResponseHasThem(@TempDir Path dir) throws IOException {
    String withField =
        "{\"id\": \"1\", \"key\": \"A-1\", \"fields\": {\"created\":"
            + " \"2026-01-05T09:00:00.000+0000\", \"customfield_1\": {\"value\": \"EMEA\"}}}";
    String names = "\"names\": {\"customfield_1\": \"Region\"}";
    Path before =
        Files.writeString(
            dir.resolve("before.json"), "{" + names + ", \"issues\": [" + withField + "]}");
    Path after =
        Files.writeString(
            dir.resolve("after.json"), "{\"issues\": [" + withField + "], " + names + "}");

    for (Path file : List.of(before, after)) {
      JiraExportReader.Result result =
          JiraExportReader.read(List.of(file), ReaderOptions.defaults());
      assertThat(result.issues().get(0).initialFields())
          .as(file.toString())
          .containsEntry("Region", "EMEA");
    }
  }

  @Test
  void aCorruptGzipFileIsReportedAndTheOthersRead(@TempDir Path dir) throws IOException {
    Path corrupt = dir.resolve("export.json.gz");
    Files.write(corrupt, new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2, 3});
    Path good = Files.writeString(dir.resolve("good.json"), search(issue("B-1", 3)));

    JiraExportReader.Result result =
        JiraExportReader.read(List.of(corrupt, good), ReaderOptions.defaults());

    assertThat(result.issues()).extracting(IssueHistory::key).containsExactly("B-1");
    assertThat(result.failures()).hasSize(1);
    assertThat(result.failures().get(0).subject()).isEqualTo(corrupt.toString());
    assertThat(result.failures().get(0).reason()).startsWith("cannot be read: ");
  }

  @Test
  void thePipelineHandsOverInReadOrderWhateverTheThreadsFinishFirst(@TempDir Path dir)
      throws IOException {
    List<String> issues = new ArrayList<>();
    for (int i = 1; i <= 1000; i++) {
      issues.add(issue("A-" + i, i));
    }
    Path first = Files.writeString(dir.resolve("a.json"), search(issues.toArray(String[]::new)));
    Path second =
        Files.writeString(dir.resolve("b.json"), search(issue("B-1", 2001), "{\"id\": \"x\"}"));
    List<String> seen = new ArrayList<>();

    ExportPipeline.run(
        List.of(first, second, dir.resolve("missing.json")),
        ReaderOptions.defaults(),
        4,
        ReadProgress.silent(),
        issue -> {
          IssueHistory history = issue.read().history();
          // uneven work, so that later batches often finish before earlier ones
          long spin = (history.issueId() * 7919) % 20_000;
          double waste = 0;
          for (long i = 0; i < spin; i++) {
            waste += Math.sqrt(i);
          }
          return waste >= 0 ? history.key() : "";
        },
        outcome -> {
          if (outcome instanceof ExportPipeline.Outcome.Done<String> done) {
            seen.add(done.result());
          } else if (outcome instanceof ExportPipeline.Outcome.Skipped<String> skipped) {
            seen.add("!" + skipped.failure().subject());
          }
        });

    List<String> expected = new ArrayList<>();
    for (int i = 1; i <= 1000; i++) {
      expected.add("A-" + i);
    }
    expected.addAll(List.of("B-1", "!" + second + "#1", "!" + dir.resolve("missing.json")));
    assertThat(seen).containsExactlyElementsOf(expected);
  }

  @Test
  void aFailureOfTheWorkStopsThePipelineWithIt(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("a.json"), search(issue("A-1", 1)));

    assertThatThrownBy(
            () ->
                ExportPipeline.run(
                    List.of(file),
                    ReaderOptions.defaults(),
                    2,
                    ReadProgress.silent(),
                    issue -> {
                      throw new IllegalStateException("the database is gone");
                    },
                    outcome -> {}))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the database is gone");
  }
}

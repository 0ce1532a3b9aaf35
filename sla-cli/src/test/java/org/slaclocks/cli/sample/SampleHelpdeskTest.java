package org.slaclocks.cli.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slaclocks.cli.jira.JiraExportReader;
import org.slaclocks.cli.jira.ReaderOptions;
import org.slaclocks.history.ChangeGroup;
import org.slaclocks.history.IssueChange;
import org.slaclocks.history.IssueChange.CommentAdded;
import org.slaclocks.history.IssueChange.FieldChange;
import org.slaclocks.history.IssueHistory;
import org.slaclocks.history.IssueState;

class SampleHelpdeskTest {
  private static final Set<String> STAFF =
      Set.of("agent.anna", "agent.bart", "agent.chen", "agent.dora", "eng.erik", "eng.fay");

  private static String sample;
  private static List<IssueHistory> issues;

  @BeforeAll
  static void generateTheDefaultSample() {
    sample =
        SampleHelpdesk.generate(
            SampleHelpdesk.DEFAULT_SEED,
            SampleHelpdesk.DEFAULT_ISSUE_COUNT,
            SampleHelpdesk.DEFAULT_FROM);
    JiraExportReader.Result result =
        JiraExportReader.read(sample, "sample", ReaderOptions.defaults());
    assertThat(result.failures()).isEmpty();
    issues = result.issues();
  }

  @Test
  void givesTheSameBytesForTheSameSeed() {
    String again = SampleHelpdesk.generate(42, 300, Instant.parse("2026-01-05T08:00:00Z"));

    assertThat(again).isEqualTo(sample);
  }

  @Test
  void givesAnotherSampleForAnotherSeed() {
    assertThat(SampleHelpdesk.generate(7, 20, SampleHelpdesk.DEFAULT_FROM))
        .isNotEqualTo(SampleHelpdesk.generate(8, 20, SampleHelpdesk.DEFAULT_FROM));
  }

  @Test
  void isReadByTheJiraImportWithoutFailureAsThreeHundredIssuesHelp1ToHelp300() {
    assertThat(issues).hasSize(300);
    assertThat(issues.get(0).key()).isEqualTo("HELP-1");
    assertThat(issues.get(299).key()).isEqualTo("HELP-300");
    assertThat(issues)
        .allSatisfy(i -> assertThat(i.createdAt()).isAfterOrEqualTo(SampleHelpdesk.DEFAULT_FROM));
  }

  @Test
  void createsEveryIssueOpenUnassignedAndUnresolvedInProjectHelp() {
    // The current fields and the changelog of each issue agree: undoing the one gives this state.
    assertThat(issues)
        .allSatisfy(
            issue -> {
              IssueState created = issue.initialState();
              assertThat(created.get("status")).isEqualTo("Open");
              assertThat(created.get("project")).isEqualTo("HELP");
              assertThat(created.has("assignee")).isFalse();
              assertThat(created.has("resolution")).isFalse();
              assertThat(created.get("reporter")).isEqualTo(issue.creator().id());
            });
  }

  @Test
  void holdsAboutFifteenToTwentyFiveChangesPerIssue() {
    double average = issues.stream().mapToInt(i -> i.groups().size()).average().orElseThrow();

    assertThat(average).isBetween(15.0, 25.0);
  }

  @Test
  void containsReopenedIssuesWithTheirResolutionCleared() {
    Predicate<ChangeGroup> reopening =
        g ->
            g.items().contains(new FieldChange("status", "Resolved", "Open"))
                && g.items().stream()
                    .anyMatch(
                        c ->
                            c instanceof FieldChange fc
                                && fc.field().equals("resolution")
                                && fc.to() == null);

    assertThat(count(i -> i.groups().stream().anyMatch(reopening))).isGreaterThan(10);
  }

  @Test
  void containsPriorityRaisesAndTriageOneMinuteAfterCreation() {
    long triaged =
        count(
            i ->
                i.groups().stream()
                    .anyMatch(
                        g ->
                            hasChange(g, "priority", c -> c.from() == null)
                                && g.at().isBefore(i.createdAt().plusSeconds(120))));
    long raised =
        count(
            i ->
                i.groups().stream().anyMatch(g -> hasChange(g, "priority", c -> c.from() != null)));

    assertThat(triaged).isGreaterThan(10);
    assertThat(raised).isGreaterThan(10);
    assertThat(count(i -> !i.initialState().has("priority"))).isEqualTo(triaged);
  }

  @Test
  void containsInternalNotesOnlyByStaffAndPublicCommentsByCustomersAndAgents() {
    List<CommentAdded> comments =
        issues.stream()
            .flatMap(i -> i.groups().stream())
            .flatMap(g -> g.items().stream())
            .filter(CommentAdded.class::isInstance)
            .map(CommentAdded.class::cast)
            .toList();

    assertThat(comments.stream().filter(CommentAdded::restricted))
        .isNotEmpty()
        .allSatisfy(c -> assertThat(STAFF).contains(c.author().id()));
    assertThat(
            comments.stream()
                .filter(c -> !c.restricted())
                .map(c -> STAFF.contains(c.author().id())))
        .contains(true, false);
  }

  @Test
  void containsBothRegionsAndTheFourOrganizations() {
    assertThat(
            issues.stream().map(i -> i.initialFields().get("Region")).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder("EMEA", "Americas");
    assertThat(
            issues.stream()
                .map(i -> i.initialFields().get("Organization"))
                .collect(Collectors.toSet()))
        .containsExactlyInAnyOrder("Acme Corp", "Globex", "Initech", "Umbrella");
  }

  @Test
  void containsIssuesStillOpenWhenTheSampleWasTaken() {
    long open = count(i -> !replay(i).has("resolution"));

    assertThat(open).isBetween(5L, 60L);
  }

  @Test
  void containsEscalationsToEngineeringAndBack() {
    long escalated =
        count(
            i ->
                i.groups().stream()
                        .anyMatch(
                            g ->
                                g.items()
                                    .contains(
                                        new FieldChange(
                                            "status", "In Progress", "Engineering triage")))
                    && i.groups().stream()
                        .anyMatch(
                            g ->
                                g.items()
                                    .contains(
                                        new FieldChange(
                                            "status", "Engineering triage", "In Progress"))));

    assertThat(escalated).isGreaterThan(10);
  }

  @Test
  void isTheBundledExampleThatTheRepositoryShips() throws IOException {
    Path example = repositoryRoot().resolve("examples/helpdesk/issues.json");

    assertThat(Files.readString(example))
        .as(
            "examples/helpdesk/issues.json differs from the generator's output; regenerate it as"
                + " docs/sample-helpdesk.md says")
        .isEqualTo(sample);
  }

  @Test
  void theSecondDeskIsBundledToo() throws IOException {
    Path example = repositoryRoot().resolve("examples/helpdesk/operations.json");
    String operations =
        SampleHelpdesk.generate(
            SampleProject.OPERATIONS,
            SampleHelpdesk.OPERATIONS_SEED,
            SampleHelpdesk.OPERATIONS_ISSUE_COUNT,
            SampleHelpdesk.DEFAULT_FROM);

    assertThat(Files.readString(example))
        .as(
            "examples/helpdesk/operations.json differs from the generator's output; regenerate it"
                + " as docs/sample-helpdesk.md says")
        .isEqualTo(operations);
  }

  @Test
  void theTwoDesksShareNoIssueIdOrKey() {
    List<IssueHistory> operations =
        JiraExportReader.read(
                SampleHelpdesk.generate(
                    SampleProject.OPERATIONS, 43, 60, SampleHelpdesk.DEFAULT_FROM),
                "operations",
                ReaderOptions.defaults())
            .issues();
    Set<Long> helpIds = issues.stream().map(IssueHistory::issueId).collect(Collectors.toSet());

    assertThat(operations).hasSize(60).allSatisfy(i -> assertThat(i.key()).startsWith("OPS-"));
    assertThat(operations).noneMatch(i -> helpIds.contains(i.issueId()));
  }

  private static long count(Predicate<IssueHistory> predicate) {
    return issues.stream().filter(predicate).count();
  }

  private static boolean hasChange(ChangeGroup group, String field, Predicate<FieldChange> test) {
    return group.items().stream()
        .anyMatch(c -> c instanceof FieldChange fc && fc.field().equals(field) && test.test(fc));
  }

  private static IssueState replay(IssueHistory history) {
    IssueState state = history.initialState();
    for (ChangeGroup group : history.groups()) {
      for (IssueChange change : group.items()) {
        if (change instanceof FieldChange fc) {
          state = state.apply(fc);
        }
      }
    }
    return state;
  }

  private static Path repositoryRoot() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("examples"))
          && Files.isRegularFile(dir.resolve("pom.xml"))) {
        return dir;
      }
    }
    return fail(
        "no repository root (a folder with pom.xml and examples/) above %s",
        Path.of("").toAbsolutePath());
  }
}

package org.slaclocks.cli.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.slaclocks.cli.jira.JiraFixtures.ACTIONABLE_AGILE_SEARCH;
import static org.slaclocks.cli.jira.JiraFixtures.AGILE_SPRINT;
import static org.slaclocks.cli.jira.JiraFixtures.JIRA_5_WITH_DUPLICATE;
import static org.slaclocks.cli.jira.JiraFixtures.TST_2_ALL_EXPANDED;
import static org.slaclocks.cli.jira.JiraFixtures.TST_8_RESOLVED;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.slaclocks.format.Json;
import org.slaclocks.history.ChangeGroup;
import org.slaclocks.history.IssueChange;
import org.slaclocks.history.IssueChange.CommentAdded;
import org.slaclocks.history.IssueChange.FieldChange;
import org.slaclocks.history.IssueHistory;
import org.slaclocks.history.IssueState;
import org.slaclocks.history.UserRef;

class JiraExportReaderTest {

  // --- the real responses in shared/fixtures/jira-rest ---

  @Test
  void readsEveryFixtureWithoutFailureInJiraKeyOrder() {
    JiraExportReader.Result result =
        JiraExportReader.read(JiraFixtures.all(), ReaderOptions.defaults());

    assertThat(result.failures()).isEmpty();
    List<String> expected = new ArrayList<>(List.of("AR-86", "HST-1", "TST-2", "TST-8"));
    IntStream.rangeClosed(26, 50).forEach(n -> expected.add("UT-" + n));
    assertThat(result.issues()).extracting(IssueHistory::key).containsExactlyElementsOf(expected);
  }

  @Test
  void readsAllTwentyFiveIssuesOfACloudSearch() {
    JiraExportReader.Result result = read(ACTIONABLE_AGILE_SEARCH);

    assertThat(result.failures()).isEmpty();
    assertThat(result.issues()).hasSize(25);
    IssueHistory ut27 = issue(result, "UT-27");
    assertThat(ut27.issueId()).isEqualTo(10126);
    assertThat(ut27.createdAt()).isEqualTo(Instant.parse("2015-11-21T12:03:02Z"));
    assertThat(ut27.creator()).isEqualTo(new UserRef("admin", "Daniel Vacanti [Administrator]"));
  }

  @Test
  void readsTheDuplicatedHistoryOnce() {
    // HST-1 holds history 10001 twice: again as 10003, same instant and items, without author.
    IssueHistory hst1 = issue(read(JIRA_5_WITH_DUPLICATE), "HST-1");

    List<ChangeGroup> assigneeChanges =
        hst1.groups().stream().filter(g -> !changes(g, "assignee").isEmpty()).toList();
    assertThat(assigneeChanges).hasSize(1);
    assertThat(assigneeChanges.get(0).at()).isEqualTo(Instant.parse("2012-04-12T12:28:44.079Z"));
    assertThat(assigneeChanges.get(0).author()).isEqualTo(new UserRef("user1", "User One"));
    assertThat(hst1.groups().stream().filter(g -> !isComment(g))).hasSize(3);
    assertThat(hst1.initialFields()).containsEntry("assignee", "user1");
    assertThat(replay(hst1).get("assignee")).isEqualTo("user2");
  }

  @Test
  void parsesMinusFiveAndMinusFourHourOffsetsAcrossUsDaylightSavingTime() {
    IssueHistory ut26 = issue(read(ACTIONABLE_AGILE_SEARCH), "UT-26");

    assertThat(statusChanges(ut26))
        .extracting(ChangeGroup::at)
        .containsExactly(
            Instant.parse("2015-11-21T12:14:01.643Z"), // 07:14:01.643-0500
            Instant.parse("2015-11-26T11:34:28.549Z"), // 06:34:28.549-0500
            Instant.parse("2016-03-29T11:19:29.805Z")); // 07:19:29.805-0400, after the US switch
  }

  @Test
  void readsTheStatusChangeOfTst2AtItsExactInstant() {
    IssueHistory tst2 = issue(read(TST_2_ALL_EXPANDED), "TST-2");

    assertThat(statusChanges(tst2)).hasSize(1);
    ChangeGroup transition = statusChanges(tst2).get(0);
    assertThat(transition.at()).isEqualTo(Instant.parse("2010-08-17T14:40:34.924Z"));
    assertThat(transition.author().id()).isEqualTo("admin");
    assertThat(transition.items())
        .containsExactly(new FieldChange("status", "Open", "In Progress"));
    assertThat(tst2.initialFields()).containsEntry("status", "Open");
  }

  @Test
  void rebuildsTst2AtCreationByUndoingAssigneeComponentAndVersionChanges() {
    IssueHistory tst2 = issue(read(TST_2_ALL_EXPANDED), "TST-2");

    assertThat(tst2.createdAt()).isEqualTo(Instant.parse("2010-07-26T11:29:18.262Z"));
    assertThat(tst2.initialFields())
        .containsEntry("assignee", "admin")
        .containsEntry("reporter", "admin")
        .containsEntry("project", "TST")
        .containsEntry("priority", "Major")
        .doesNotContainKeys("components", "fixVersions", "resolution", "My Radio buttons");
    IssueState now = replay(tst2);
    assertThat(now.all("components")).containsExactlyInAnyOrder("Component A", "Component B");
    assertThat(now.get("fixVersions")).isEqualTo("1.1");
    assertThat(now.get("assignee")).isEqualTo("wseliga");
    assertThat(now.get("My Radio buttons")).isEqualTo("Another");
  }

  @Test
  void marksCommentsWithAVisibilityRoleOrGroupAsRestricted() {
    IssueHistory tst2 = issue(read(TST_2_ALL_EXPANDED), "TST-2");

    assertThat(tst2.groups().stream().filter(JiraExportReaderTest::isComment))
        .extracting(g -> g.at().toString(), g -> (CommentAdded) g.items().get(0))
        .containsExactly(
            tuple(
                "2010-08-17T14:40:57.791Z", new CommentAdded(user("admin", "Administrator"), true)),
            tuple(
                "2010-08-17T14:41:15.360Z",
                new CommentAdded(user("wseliga", "Wojciech Seliga"), false)),
            tuple(
                "2010-08-17T14:49:31.528Z",
                new CommentAdded(user("wseliga", "Wojciech Seliga"), true)),
            tuple(
                "2012-12-07T13:52:52.567Z",
                new CommentAdded(user("admin", "Administrator"), false)));
  }

  @Test
  void setsTheResolutionOfTst8InTheSameGroupAsItsTransition() {
    IssueHistory tst8 = issue(read(TST_8_RESOLVED), "TST-8");

    assertThat(tst8.groups()).hasSize(1);
    ChangeGroup resolve = tst8.groups().get(0);
    assertThat(resolve.at()).isEqualTo(Instant.parse("2012-12-07T14:25:45.960Z"));
    assertThat(resolve.items())
        .containsExactly(
            new FieldChange("status", "Open", "Resolved"),
            new FieldChange("resolution", null, "Incomplete"));
    assertThat(tst8.initialFields())
        .containsEntry("status", "Open")
        .doesNotContainKey("resolution");
    assertThat(replay(tst8).get("resolution")).isEqualTo("Incomplete");
  }

  @Test
  void namesCustomFieldsWithTheResponseNames() {
    IssueHistory tst8 = issue(read(TST_8_RESOLVED), "TST-8");
    IssueHistory hst1 = issue(read(JIRA_5_WITH_DUPLICATE), "HST-1");

    assertThat(tst8.initialFields())
        .containsEntry("My Radio buttons", "Another") // an option: {"value": "Another"}
        .containsEntry("My Number Field New", "1.457") // a number
        .containsEntry("project3", "Test Project") // a project picker
        .doesNotContainKeys("customfield_10001", "project2"); // project2 is empty
    assertThat(hst1.initialFields()).containsEntry("Text Field", "Initial text field value");
    assertThat(hst1.groups().stream().flatMap(g -> changes(g, "Radio Field").stream()))
        .containsExactly(
            new FieldChange("Radio Field", null, "One"),
            new FieldChange("Radio Field", "One", "Two"));
  }

  @Test
  void readsAJiraAgileSprintResponseWhoseSecondHistoryHasNoIdAndNoAuthor() {
    JiraExportReader.Result result = read(AGILE_SPRINT);

    assertThat(result.failures()).isEmpty();
    IssueHistory ar86 = issue(result, "AR-86");
    assertThat(ar86.issueId()).isEqualTo(12338);
    assertThat(ar86.createdAt()).isEqualTo(Instant.parse("2015-12-02T15:39:15Z")); // -0800
    assertThat(ar86.groups()).hasSize(2);
    assertThat(ar86.groups().get(1).author()).isEqualTo(UserRef.UNKNOWN);
    assertThat(ar86.groups().get(1).items())
        .containsExactly(new FieldChange("priority", "Major", "Minor"));
    assertThat(ar86.creator()).isEqualTo(UserRef.UNKNOWN); // neither creator nor reporter given
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("actionableAgileKeys")
  void rebuildsTheStatusAtCreationSoThatReplayingGivesTheCurrentStatus(String key)
      throws IOException {
    IssueHistory history = issue(read(ACTIONABLE_AGILE_SEARCH), key);
    String current = currentStatus(key);

    // Every UT issue was created in Backlog, whatever its status is now (Done, Test, ...).
    assertThat(history.initialFields()).containsEntry("status", "Backlog");
    assertThat(replay(history).get("status")).isEqualTo(current);
  }

  static List<String> actionableAgileKeys() {
    return IntStream.rangeClosed(26, 50).mapToObj(n -> "UT-" + n).toList();
  }

  // --- inline responses: one behaviour each ---

  @Test
  void readsACommentWithAVisibilityAsRestrictedAndOneWithoutAsPublic() {
    String comments =
        """
        "comment": {"comments": [
          {"id": "1", "author": {"name": "cust", "displayName": "A Customer"},
           "created": "2026-01-05T09:10:00.000+0000"},
          {"id": "2", "author": {"accountId": "5b10ac8d82e05b22cc7d4ef5", "displayName": "An Agent"},
           "created": "2026-01-05T09:20:00.000+0000",
           "visibility": {"type": "role", "value": "Service Desk Team"}}
        ]}""";
    IssueHistory issue = single(issueJson("HELP-1", "", comments));

    assertThat(issue.groups())
        .extracting(g -> g.items().get(0))
        .containsExactly(
            new CommentAdded(new UserRef("cust", "A Customer"), false),
            new CommentAdded(new UserRef("5b10ac8d82e05b22cc7d4ef5", "An Agent"), true));
  }

  @Test
  void readsAMoveToAnotherProjectAsAMoveAndAProjectChangeByKey() {
    String histories =
        history(
            "100",
            "2026-01-06T10:00:00.000+0000",
            """
            {"field": "project", "fieldtype": "jira", "from": "10000", "fromString": "Alpha",
             "to": "10001", "toString": "Beta"},
            {"field": "Key", "fieldtype": "jira", "from": null, "fromString": "ABC-1",
             "to": null, "toString": "XYZ-7"}""");
    IssueHistory issue = single(issueJson("XYZ-7", histories, "").replace("\"HELP\"", "\"XYZ\""));

    assertThat(issue.key()).isEqualTo("XYZ-7");
    assertThat(issue.groups()).hasSize(1);
    assertThat(issue.groups().get(0).items())
        .containsExactly(
            new FieldChange("project", "ABC", "XYZ"),
            new FieldChange("Key", "ABC-1", "XYZ-7"),
            new IssueChange.Moved("ABC", "XYZ"));
    assertThat(issue.initialFields()).containsEntry("project", "ABC");
  }

  @Test
  void skipsABadIssueWithItsReasonAndReadsTheOthers() {
    String good = issueJson("HELP-1", "", "");
    String noKey = issueJson("HELP-2", "", "").replace("\"key\": \"HELP-2\",", "");
    String noCreated = issueJson("HELP-3", "", "").replace("\"created\"", "\"createdd\"");
    String badInstant =
        issueJson(
            "HELP-4",
            history("7", "2026-01-05 09:00", "{\"field\": \"x\", \"toString\": \"y\"}"),
            "");
    String json =
        "{\"startAt\": 0, \"issues\": [%s, %s, %s, %s]}"
            .formatted(good, noKey, noCreated, badInstant);

    JiraExportReader.Result result =
        JiraExportReader.read(json, "page.json", ReaderOptions.defaults());

    assertThat(result.issues()).extracting(IssueHistory::key).containsExactly("HELP-1");
    assertThat(result.failures())
        .extracting(JiraExportReader.Failure::subject)
        .containsExactly("page.json#1", "HELP-3", "HELP-4");
    assertThat(result.failures().get(0).reason()).isEqualTo("the issue has no key");
    assertThat(result.failures().get(1).reason()).contains("no fields.created");
    assertThat(result.failures().get(2).reason())
        .startsWith("history 7: '2026-01-05 09:00' is not a Jira timestamp");
  }

  @Test
  void reportsFilesThatAreNotJiraResponsesAndStillReadsTheGoodOnes(@TempDir Path dir)
      throws IOException {
    Path broken = Files.writeString(dir.resolve("broken.json"), "{\"issues\": [");
    Path array = Files.writeString(dir.resolve("array.json"), "[1, 2]");
    Path other = Files.writeString(dir.resolve("other.json"), "{\"values\": []}");
    Path error =
        Files.writeString(
            dir.resolve("error.json"), "{\"errorMessages\": [\"Issue does not exist\"]}");
    Path good = Files.writeString(dir.resolve("good.json"), issueJson("HELP-1", "", ""));
    Path missing = dir.resolve("missing.json");

    JiraExportReader.Result result =
        JiraExportReader.read(
            List.of(broken, array, other, error, good, missing), ReaderOptions.defaults());

    assertThat(result.issues()).extracting(IssueHistory::key).containsExactly("HELP-1");
    assertThat(result.failures())
        .extracting(JiraExportReader.Failure::subject)
        .containsExactly(
            broken.toString(),
            array.toString(),
            other.toString(),
            error.toString(),
            missing.toString());
    assertThat(result.failures().get(0).reason()).startsWith("malformed JSON at line 1");
    assertThat(result.failures().get(1).reason()).contains("expected a JSON object");
    assertThat(result.failures().get(2).reason())
        .contains("not a Jira search, issue or agile response");
    assertThat(result.failures().get(3).reason()).contains("Issue does not exist");
    assertThat(result.failures().get(4).reason()).startsWith("cannot be read");
  }

  @Test
  void mergesPagesByKeyReadingAnIssueOnPageOverlapOnceFromItsNewestCopy(@TempDir Path dir)
      throws IOException {
    String statusChange =
        history(
            "9",
            "2026-01-07T10:00:00.000+0000",
            "{\"field\": \"status\", \"fromString\": \"Open\", \"toString\": \"In Progress\"}");
    String older = issueJson("HELP-2", "", "");
    String newer =
        issueJson("HELP-2", "In Progress", "2026-01-07T10:00:00.000+0000", statusChange, "");
    Path page1 =
        Files.writeString(dir.resolve("page1.json"), search(issueJson("HELP-10", "", ""), older));
    Path page2 =
        Files.writeString(dir.resolve("page2.json"), search(newer, issueJson("HELP-9", "", "")));

    JiraExportReader.Result result =
        JiraExportReader.read(List.of(page1, page2), ReaderOptions.defaults());

    assertThat(result.failures()).isEmpty();
    assertThat(result.issues())
        .extracting(IssueHistory::key)
        .containsExactly("HELP-2", "HELP-9", "HELP-10");
    assertThat(result.issues().get(0).groups()).hasSize(1);
    assertThat(result.issues().get(0).initialFields()).containsEntry("status", "Open");
  }

  @Test
  void readsTheSameIssueTwiceOnlyOnce() {
    String issue = issueJson("HELP-1", "", "");

    JiraExportReader.Result result =
        JiraExportReader.read(search(issue, issue), "dup.json", ReaderOptions.defaults());

    assertThat(result.issues()).hasSize(1);
    assertThat(result.failures()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "2010-07-21T15:12:31.977+0200,  2010-07-21T13:12:31.977Z", // Jira Server and Cloud
    "2010-07-21T15:12:31.977+02:00, 2010-07-21T13:12:31.977Z", // ISO offset
    "2010-07-21T15:12:31.977Z,      2010-07-21T15:12:31.977Z",
    "2010-07-21T15:12:31Z,          2010-07-21T15:12:31Z", // no fraction
    "2015-11-21T07:03:02.000-0500,  2015-11-21T12:03:02Z",
  })
  void parsesJiraTimestampsWithTheirOffset(String text, String instant) {
    assertThat(JiraValues.instant(text)).isEqualTo(Instant.parse(instant));
  }

  @Test
  void refusesATimestampWithoutAnOffset() {
    String histories =
        history("1", "2026-01-05T09:30:00.000", "{\"field\": \"x\", \"toString\": \"y\"}");

    JiraExportReader.Result result =
        JiraExportReader.read(issueJson("HELP-1", histories, ""), "f", ReaderOptions.defaults());

    assertThat(result.failures()).singleElement().asString().contains("with an offset");
  }

  @Test
  void mapsUserKeysOfAssigneeItemsToTheUserNamesTheFieldsUse() {
    // Data Center: user objects have name "anna" and key "JIRAUSER10100"; change items give the
    // key.
    String histories =
        history(
            "1",
            "2026-01-05T09:30:00.000+0000",
            "{\"field\": \"assignee\", \"from\": null, \"to\": \"JIRAUSER10100\","
                + " \"toString\": \"Anna\"}");
    String json =
        issueJson("HELP-1", histories, "")
            .replace(
                "\"assignee\": null",
                "\"assignee\": {\"name\": \"anna\", \"key\": \"JIRAUSER10100\", \"displayName\": \"Anna\"}");

    IssueHistory issue = single(json);

    assertThat(issue.groups().get(0).items())
        .containsExactly(new FieldChange("assignee", null, "anna"));
    assertThat(issue.initialFields()).doesNotContainKey("assignee");
  }

  /**
   * Change items carry the status id in {@code from}/{@code to}, as the real exports do: the item
   * recorded before "Waiting for customer" was renamed is read under today's name, the current
   * field's.
   */
  @Test
  void readsARenamedStatusUnderTheNameItsIdHasNow() {
    String histories =
        history(
                "1",
                "2026-01-05T09:30:00.000+0000",
                "{\"field\": \"status\", \"fieldtype\": \"jira\", \"from\": \"1\", \"fromString\":"
                    + " \"Open\", \"to\": \"10100\", \"toString\": \"Waiting for customer\"}")
            + ", "
            + history(
                "2",
                "2026-01-05T11:00:00.000+0000",
                "{\"field\": \"status\", \"fieldtype\": \"jira\", \"from\": \"10100\","
                    + " \"fromString\": \"Waiting on customer\", \"to\": \"1\", \"toString\":"
                    + " \"Open\"}")
            + ", "
            + history(
                "3",
                "2026-01-05T12:00:00.000+0000",
                "{\"field\": \"status\", \"fieldtype\": \"jira\", \"from\": \"1\", \"fromString\":"
                    + " \"Open\", \"to\": \"10100\", \"toString\": \"Waiting on customer\"}");
    String json =
        issueJson("HELP-1", histories, "")
            .replace(
                "\"status\": {\"name\": \"Open\"}",
                "\"status\": {\"id\": \"10100\", \"name\": \"Waiting on customer\"}");

    IssueHistory issue = single(json);

    assertThat(issue.groups())
        .extracting(group -> group.items().get(0))
        .containsExactly(
            new FieldChange("status", "Open", "Waiting on customer"),
            new FieldChange("status", "Waiting on customer", "Open"),
            new FieldChange("status", "Open", "Waiting on customer"));
  }

  /** What offline exports give: every real export's status items carry ids. */
  @Test
  void theRealExportsCarryStatusIdsInTheirChangeItems() throws IOException {
    int statusItems = 0;
    for (String fixture :
        List.of(
            ACTIONABLE_AGILE_SEARCH, TST_2_ALL_EXPANDED, TST_8_RESOLVED, JIRA_5_WITH_DUPLICATE)) {
      JsonNode root = Json.MAPPER.readTree(JiraFixtures.file(fixture).toFile());
      List<JsonNode> issues = new ArrayList<>();
      root.path("issues").forEach(issues::add);
      if (issues.isEmpty()) {
        issues.add(root);
      }
      for (JsonNode issue : issues) {
        assertThat(issue.at("/fields/status/id").asText()).as(fixture).isNotEmpty();
        for (JsonNode history : issue.at("/changelog/histories")) {
          for (JsonNode item : history.get("items")) {
            if (item.get("field").asText().equals("status")) {
              statusItems++;
              assertThat(item.get("from").asText()).as(fixture).isNotEmpty();
              assertThat(item.get("to").asText()).as(fixture).isNotEmpty();
            }
          }
        }
      }
    }
    assertThat(statusItems).isGreaterThan(50);
  }

  /** CSV imports date comments before the issue existed: they count as made at its creation. */
  @Test
  void readsACommentDatedBeforeCreationAsMadeAtCreation() {
    String comments =
        """
        "comment": {"comments": [{"id": "1", "author": {"name": "alice.acme"},
          "created": "2026-01-04T17:00:00.000+0000"}]}""";

    IssueHistory issue = single(issueJson("HELP-1", "", comments));

    assertThat(issue.groups())
        .singleElement()
        .extracting(ChangeGroup::at)
        .isEqualTo(Instant.parse("2026-01-05T09:00:00Z"));
  }

  @Test
  void undoesComponentAdditionsAndRemovalsOneValueAtATime() {
    String histories =
        history(
                "1",
                "2026-01-05T09:30:00.000+0000",
                "{\"field\": \"Component\", \"fromString\": null, \"toString\": \"VPN\"}")
            + ", "
            + history(
                "2",
                "2026-01-05T09:40:00.000+0000",
                "{\"field\": \"Component\", \"fromString\": \"Email\", \"toString\": null}");
    String json =
        issueJson("HELP-1", histories, "")
            .replace(
                "\"components\": []",
                "\"components\": [{\"name\": \"Laptops\"}, {\"name\": \"VPN\"}]");

    IssueHistory issue = single(json);

    assertThat(issue.initialState().all("components"))
        .containsExactlyInAnyOrder("Laptops", "Email");
    assertThat(replay(issue).all("components")).containsExactlyInAnyOrder("Laptops", "VPN");
  }

  @Test
  void namesCustomFieldsFromTheOptionsWhenTheResponseHasNoNames() {
    String fields =
        """
        "customfield_10100": {"self": "x", "value": "EMEA", "id": "10101"},
        "customfield_10200": [{"value": "Acme Corp"}, {"value": "Globex"}],
        "customfield_10300": {"name": "anna", "displayName": "Anna Agent"},
        "customfield_10400": 13.0,
        "customfield_10500": "free text\"""";
    ReaderOptions options =
        ReaderOptions.defaults()
            .withCustomFieldName("Region", "customfield_10100")
            .withCustomFieldName("Organizations", "customfield_10200")
            .withCustomFieldName("Team lead", "customfield_10300")
            .withCustomFieldName("Story points", "customfield_10400");

    JiraExportReader.Result result =
        JiraExportReader.read(issueJson("HELP-1", "", fields), "f", options);

    assertThat(result.issues().get(0).initialFields())
        .containsEntry("Region", "EMEA")
        .containsEntry("Organizations", "Acme Corp,Globex")
        .containsEntry("Team lead", "Anna Agent")
        .containsEntry("Story points", "13")
        .doesNotContainKey("customfield_10500"); // unnamed: no change item could name it
  }

  @Test
  void renamesChangeItemsWhenTheOptionsNameAFieldTheResponseNamesOtherwise() {
    String histories =
        history(
            "1",
            "2026-01-05T09:30:00.000+0000",
            "{\"field\": \"Customer region\", \"fieldtype\": \"custom\", \"fromString\": \"EMEA\","
                + " \"toString\": \"Americas\"}");
    String json =
        issueJson("HELP-1", histories, "\"customfield_10100\": {\"value\": \"Americas\"}")
            .replaceFirst("\\{", "{\"names\": {\"customfield_10100\": \"Customer region\"}, ");
    ReaderOptions options =
        ReaderOptions.defaults().withCustomFieldName("Region", "customfield_10100");

    IssueHistory issue = JiraExportReader.read(json, "f", options).issues().get(0);

    assertThat(issue.groups().get(0).items())
        .containsExactly(new FieldChange("Region", "EMEA", "Americas"));
    assertThat(issue.initialFields())
        .containsEntry("Region", "EMEA")
        .doesNotContainKey("Customer region");
  }

  @Test
  void readsAnIssueWithoutChangelogOrCommentsAsCreatedAndNeverChanged() {
    String json = issueJson("HELP-1", "", "").replace(", \"changelog\": {\"histories\": []}", "");

    IssueHistory issue = single(json);

    assertThat(issue.groups()).isEmpty();
    assertThat(issue.initialFields())
        .containsEntry("status", "Open")
        .containsEntry("reporter", "alice.acme")
        .doesNotContainKeys("priority", "assignee", "resolution");
    assertThat(issue.creator()).isEqualTo(new UserRef("alice.acme", "Alice"));
  }

  @Test
  void refusesAnIssueWhoseChangelogWasCutByTheSearch() {
    String json =
        issueJson("HELP-1", "", "")
            .replace(
                "{\"histories\": []}",
                "{\"startAt\": 0, \"maxResults\": 0, \"total\": 130, \"histories\": []}");

    JiraExportReader.Result result = JiraExportReader.read(json, "f", ReaderOptions.defaults());

    assertThat(result.issues()).isEmpty();
    assertThat(result.failures()).singleElement().asString().contains("holds 0 of 130 histories");
  }

  // --- helpers ---

  private static JiraExportReader.Result read(String fixture) {
    return JiraExportReader.read(List.of(JiraFixtures.file(fixture)), ReaderOptions.defaults());
  }

  private static IssueHistory single(String json) {
    JiraExportReader.Result result =
        JiraExportReader.read(json, "inline", ReaderOptions.defaults());
    assertThat(result.failures()).isEmpty();
    assertThat(result.issues()).hasSize(1);
    return result.issues().get(0);
  }

  private static IssueHistory issue(JiraExportReader.Result result, String key) {
    return result.issues().stream()
        .filter(i -> i.key().equals(key))
        .findFirst()
        .orElseThrow(() -> new AssertionError(key + " not read; failures: " + result.failures()));
  }

  private static List<FieldChange> changes(ChangeGroup group, String field) {
    return group.items().stream()
        .filter(c -> c instanceof FieldChange fc && fc.field().equals(field))
        .map(FieldChange.class::cast)
        .toList();
  }

  private static List<ChangeGroup> statusChanges(IssueHistory history) {
    return history.groups().stream().filter(g -> !changes(g, "status").isEmpty()).toList();
  }

  private static boolean isComment(ChangeGroup group) {
    return group.items().get(0) instanceof CommentAdded;
  }

  private static UserRef user(String id, String name) {
    return new UserRef(id, name);
  }

  /** The state after every field change of the history, from the rebuilt state at creation. */
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

  private static String currentStatus(String key) throws IOException {
    JsonNode search = Json.MAPPER.readTree(JiraFixtures.file(ACTIONABLE_AGILE_SEARCH).toFile());
    for (JsonNode issue : search.get("issues")) {
      if (issue.get("key").asText().equals(key)) {
        return issue.at("/fields/status/name").asText();
      }
    }
    throw new AssertionError(key);
  }

  private static String search(String... issues) {
    return "{\"startAt\": 0, \"maxResults\": 50, \"issues\": [" + String.join(", ", issues) + "]}";
  }

  private static String history(String id, String created, String items) {
    return """
        {"id": "%s", "author": {"name": "agent.anna", "displayName": "Anna"}, "created": "%s",
         "items": [%s]}"""
        .formatted(id, created, items);
  }

  /** A minimal open issue in project HELP created 2026-01-05 09:00 UTC by alice.acme. */
  private static String issueJson(String key, String histories, String moreFields) {
    return issueJson(key, "Open", "2026-01-05T09:30:00.000+0000", histories, moreFields);
  }

  private static String issueJson(
      String key, String status, String updated, String histories, String moreFields) {
    return """
        {"id": "%d", "key": "%s", "fields": {
          "project": {"key": "HELP", "name": "Helpdesk"},
          "issuetype": {"name": "Incident"},
          "status": {"name": "%s"},
          "priority": null,
          "resolution": null,
          "assignee": null,
          "reporter": {"name": "alice.acme", "displayName": "Alice"},
          "labels": [],
          "components": [],
          "fixVersions": [],
          "created": "2026-01-05T09:00:00.000+0000", "updated": "%s"%s
        }, "changelog": {"histories": [%s]}}"""
        .formatted(
            10000 + Math.abs(key.hashCode() % 1000),
            key,
            status,
            updated,
            moreFields.isEmpty() ? "" : ",\n" + moreFields,
            histories);
  }
}

package org.slaclocks.web.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.ws.rs.core.Response;
import org.junit.jupiter.api.Test;
import org.slaclocks.clock.ExclusionWindow;
import org.slaclocks.format.Json;
import org.slaclocks.policy.Exclusion;
import org.slaclocks.tracking.AuditLog;
import org.slaclocks.tracking.ExclusionRepository;
import org.slaclocks.web.ExclusionHost;
import org.slaclocks.web.FakeIssues;
import org.slaclocks.web.TestHost;

/**
 * An administrator lists, adds and removes the app's exclusion windows (for every issue, or for one
 * issue named by its key), each change audited; mistakes are told; nobody else gets anything.
 */
class ExclusionResourceTest {
  private static final Instant NOW = Instant.parse("2026-05-04T08:00:00Z");

  /** Windows in memory, ids counting up. */
  private static final class Windows implements ExclusionRepository {
    final List<Exclusion> stored = new ArrayList<>();

    @Override
    public Exclusion add(ExclusionWindow window, Long issueId, String author, Instant at) {
      String id = Integer.toString(stored.size() + 1);
      Exclusion e =
          issueId == null ? Exclusion.global(id, window) : Exclusion.forIssue(id, window, issueId);
      stored.add(e);
      return e;
    }

    @Override
    public boolean remove(String id) {
      return stored.removeIf(e -> e.id().equals(id));
    }

    @Override
    public List<Exclusion> global() {
      return stored.stream().filter(Exclusion::isGlobal).toList();
    }

    @Override
    public List<Exclusion> all() {
      return stored.stream()
          .sorted(Comparator.comparing(e -> e.window().startInclusive()))
          .toList();
    }

    @Override
    public List<Exclusion> forIssue(long issueId) {
      return stored.stream().filter(e -> e.appliesTo(issueId)).toList();
    }
  }

  /** An audit log in memory. */
  private static final class Audit implements AuditLog {
    final List<Entry> entries = new ArrayList<>();

    @Override
    public Entry append(Entry entry) {
      entries.add(entry);
      return entry;
    }

    @Override
    public List<Entry> page(long beforeId, int limit) {
      return entries;
    }
  }

  private final Windows windows = new Windows();
  private final Audit audit = new Audit();
  private final FakeIssues issues = new FakeIssues();

  private ExclusionResource resource(boolean admin) {
    issues.add(10001, "HELP-1");
    return new ExclusionResource(
        new ExclusionHost(
            () -> TestHost.AGENT,
            v -> admin,
            windows,
            issues,
            audit,
            Clock.fixed(NOW, ZoneOffset.UTC)));
  }

  private static ByteArrayInputStream body(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private static JsonNode json(Response response) {
    return Json.parse((String) response.getEntity(), "answer");
  }

  @Test
  void anAdministratorAddsAnOutageAndAWindowOfOneIssueListsThemAndRemovesOne() {
    ExclusionResource resource = resource(true);

    Response outage =
        resource.add(
            body(
                "{\"from\":\"2026-05-04T09:00:00Z\",\"to\":\"2026-05-04T13:30:00Z\","
                    + "\"reason\":\"Mail outage\"}"));
    Response waiting =
        resource.add(
            body(
                "{\"from\":\"2026-05-01T00:00:00Z\",\"to\":\"2026-05-03T00:00:00Z\","
                    + "\"reason\":\"Customer on holiday\",\"issue\":\"HELP-1\"}"));

    assertThat(outage.getStatus()).isEqualTo(200);
    assertThat(json(outage).get("global").asBoolean()).isTrue();
    assertThat(json(waiting).get("issueKey").asText()).isEqualTo("HELP-1");
    JsonNode listed = json(resource.list());
    assertThat(listed)
        .extracting(n -> n.get("reason").asText())
        .containsExactly("Customer on holiday", "Mail outage");
    assertThat(listed.get(0).get("issueKey").asText()).isEqualTo("HELP-1");

    assertThat(resource.remove(json(outage).get("id").asText()).getStatus()).isEqualTo(200);
    assertThat(windows.stored).hasSize(1);
    assertThat(resource.remove("77").getStatus()).isEqualTo(404);
    assertThat(audit.entries)
        .extracting(AuditLog.Entry::action)
        .containsExactly("exclusion.added", "exclusion.added", "exclusion.removed");
    assertThat(audit.entries.get(2).before()).contains("Mail outage");
  }

  @Test
  void eachMistakeIsToldAndNothingIsStored() {
    ExclusionResource resource = resource(true);
    String[] wrong = {
      "{\"from\":\"tomorrow\",\"to\":\"2026-05-04T13:30:00Z\",\"reason\":\"x\"}",
      "{\"from\":\"2026-05-04T13:30:00Z\",\"to\":\"2026-05-04T09:00:00Z\",\"reason\":\"x\"}",
      "{\"from\":\"2026-05-04T09:00:00Z\",\"to\":\"2026-05-04T13:30:00Z\",\"reason\":\" \"}",
      "{\"from\":\"2026-05-04T09:00:00Z\",\"to\":\"2026-05-04T13:30:00Z\",\"reason\":\"x\","
          + "\"issue\":\"HELP-404\"}",
      "{\"from\":"
    };
    List<String> messages = new ArrayList<>();
    for (String request : wrong) {
      Response response = resource.add(body(request));
      assertThat(response.getStatus()).as(request).isEqualTo(400);
      messages.add(((ErrorJson) response.getEntity()).message());
    }

    assertThat(messages.get(0)).contains("instants");
    assertThat(messages.get(1)).contains("after");
    assertThat(messages.get(2)).contains("reason");
    assertThat(messages.get(3)).contains("HELP-404");
    assertThat(messages.get(4)).contains("malformed JSON");
    assertThat(windows.stored).isEmpty();
    assertThat(audit.entries).isEmpty();
  }

  @Test
  void someoneWhoMayNotConfigureGetsNothing() {
    ExclusionResource resource = resource(false);

    assertThat(resource.list().getStatus()).isEqualTo(403);
    assertThat(
            resource
                .add(
                    body(
                        "{\"from\":\"2026-05-04T09:00:00Z\",\"to\":\"2026-05-04T13:30:00Z\","
                            + "\"reason\":\"x\"}"))
                .getStatus())
        .isEqualTo(403);
    assertThat(resource.remove("1").getStatus()).isEqualTo(403);
    assertThat(windows.stored).isEmpty();
  }
}

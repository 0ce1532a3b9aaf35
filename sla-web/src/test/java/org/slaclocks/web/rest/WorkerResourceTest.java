package org.slaclocks.web.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javax.ws.rs.core.Response;
import org.junit.jupiter.api.Test;
import org.slaclocks.format.Json;
import org.slaclocks.tracking.ChangeQueue;
import org.slaclocks.tracking.TriggerLedger;
import org.slaclocks.web.FakeIssues;
import org.slaclocks.web.MemoryFirings;
import org.slaclocks.web.TestHost;
import org.slaclocks.web.WorkerHost;
import org.slaclocks.web.host.Viewer;

/**
 * The worker's health as an administrator reads it: the backlog and since when it waits, the parked
 * issues with their last error (keys of those the administrator may browse), and retrying some or
 * all of them; nobody else learns anything.
 */
class WorkerResourceTest {
  private static final Instant NOW = Instant.parse("2026-05-04T08:00:00Z");

  /** A queue with two parked issues and three changes waiting. */
  private static final class Queue implements ChangeQueue {
    final List<Long> retried = new ArrayList<>();
    int retriedAll;

    @Override
    public void enqueue(long issueId, Instant at) {}

    @Override
    public void enqueueAll(Collection<Long> issueIds, Instant at) {}

    @Override
    public List<Claim> claim(String node, int maxIssues, Instant now, Duration lease) {
      return List.of();
    }

    @Override
    public void complete(Collection<Claim> claims) {}

    @Override
    public boolean fail(
        Claim claim, String error, Instant now, Duration retryAfter, int maxAttempts) {
      return false;
    }

    @Override
    public void release(Collection<Claim> claims) {}

    @Override
    public List<Parked> parked(int offset, int limit) {
      return List.of(
              new Parked(
                  10001, 5, "the calendar 'Moon office' does not exist", NOW.minusSeconds(600)),
              new Parked(10002, 5, "history unreadable", NOW.minusSeconds(60)))
          .subList(Math.min(offset, 2), Math.min(2, offset + limit));
    }

    @Override
    public int parkedCount() {
      return 2;
    }

    @Override
    public void retryParked(Collection<Long> issueIds, Instant now) {
      retried.addAll(issueIds);
    }

    @Override
    public int retryAllParked(Instant now) {
      retriedAll++;
      return 2;
    }

    @Override
    public int backlog() {
      return 3;
    }

    @Override
    public Optional<Instant> oldestWaiting() {
      return Optional.of(NOW.minusSeconds(90));
    }
  }

  private final Queue queue = new Queue();
  private final FakeIssues issues = new FakeIssues();
  private final MemoryFirings firings = new MemoryFirings();

  private WorkerResource resource(Viewer viewer, boolean admin) {
    issues.add(10001, "HELP-1");
    return new WorkerResource(
        new WorkerHost(
            () -> viewer, v -> admin, queue, firings, issues, Clock.fixed(NOW, ZoneOffset.UTC)));
  }

  private static JsonNode json(Response response) {
    return Json.parse((String) response.getEntity(), "answer");
  }

  private static ByteArrayInputStream body(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void anAdministratorReadsTheBacklogAndTheParkedIssuesWithTheirErrors() {
    Response response = resource(TestHost.AGENT, true).health(null, null);

    assertThat(response.getStatus()).isEqualTo(200);
    JsonNode health = json(response);
    assertThat(health.get("backlog").asInt()).isEqualTo(3);
    assertThat(health.get("oldestWaiting").asText()).isEqualTo("2026-05-04T07:58:30Z");
    assertThat(health.get("parkedCount").asInt()).isEqualTo(2);
    assertThat(health.get("parked").get(0).get("issueKey").asText()).isEqualTo("HELP-1");
    assertThat(health.get("parked").get(0).get("lastError").asText()).contains("Moon office");
    assertThat(health.get("parked").get(1).get("issueKey").isNull())
        .as("an issue the administrator may not browse is named by id only")
        .isTrue();
  }

  private static TriggerLedger.Firing firing(
      long id, long issueId, TriggerLedger.State state, String outcome, Instant updated) {
    return new TriggerLedger.Firing(
        id,
        issueId,
        "first-response",
        1,
        "late",
        NOW.minusSeconds(3600),
        state,
        state == TriggerLedger.State.FAILED ? 1 : 0,
        null,
        java.util.Set.of(),
        outcome,
        updated);
  }

  @Test
  void anAdministratorSeesWhatRemindersWaitAndWhichFailedForGoodWithWhy() {
    firings
        .add(firing(1, 10001, TriggerLedger.State.PENDING, "", NOW))
        .add(
            firing(
                2, 10001, TriggerLedger.State.RETRY, "email: the mail server does not answer", NOW))
        .add(firing(3, 10001, TriggerLedger.State.DONE, "email to 2 people", NOW))
        .add(
            firing(
                4,
                10001,
                TriggerLedger.State.FAILED,
                "transition failed: no transition Escalate",
                NOW.minusSeconds(60)))
        .add(firing(5, 10002, TriggerLedger.State.FAILED, "reassign failed", NOW));

    JsonNode alerts = json(resource(TestHost.AGENT, true).health(null, null)).get("alerts");

    assertThat(alerts.get("pending").asInt()).isEqualTo(1);
    assertThat(alerts.get("retrying").asInt()).isEqualTo(1);
    assertThat(alerts.get("failed")).hasSize(2);
    assertThat(alerts.get("failed").get(0).get("issueKey").isNull())
        .as("the newest failure, on an issue the administrator may not browse: by id only")
        .isTrue();
    assertThat(alerts.get("failed").get(1).get("issueKey").asText()).isEqualTo("HELP-1");
    assertThat(alerts.get("failed").get(1).get("outcome").asText())
        .isEqualTo("transition failed: no transition Escalate");
    assertThat(alerts.get("failed").get(1).get("dueAt").asText())
        .isEqualTo(NOW.minusSeconds(3600).toString());
  }

  @Test
  void parkedIssuesAreRetriedSomeOrAll() {
    WorkerResource resource = resource(TestHost.AGENT, true);

    assertThat(json(resource.retry(body("{\"issueIds\": [10002]}"))).get("retried").asInt())
        .isEqualTo(1);
    assertThat(json(resource.retry(body("{\"all\": true}"))).get("retried").asInt()).isEqualTo(2);
    assertThat(queue.retried).containsExactly(10002L);
    assertThat(queue.retriedAll).isEqualTo(1);
    assertThat(resource.retry(body("{\"issueIds\": [\"HELP-2\"]}")).getStatus()).isEqualTo(400);
    assertThat(resource.retry(body("{}")).getStatus()).isEqualTo(400);
    assertThat(resource.retry(body("{\"all\": ")).getStatus()).isEqualTo(400);
  }

  @Test
  void someoneWhoMayNotConfigureLearnsNothingAndRetriesNothing() {
    WorkerResource resource = resource(TestHost.AGENT, false);

    assertThat(resource.health(null, null).getStatus()).isEqualTo(403);
    assertThat(resource.retry(body("{\"all\": true}")).getStatus()).isEqualTo(403);
    assertThat(queue.retriedAll).isZero();
  }
}

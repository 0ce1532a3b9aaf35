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
import org.slaclocks.web.FakeIssues;
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

  private WorkerResource resource(Viewer viewer, boolean admin) {
    issues.add(10001, "HELP-1");
    return new WorkerResource(
        new WorkerHost(() -> viewer, v -> admin, queue, issues, Clock.fixed(NOW, ZoneOffset.UTC)));
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

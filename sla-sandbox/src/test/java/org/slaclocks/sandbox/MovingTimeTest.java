package org.slaclocks.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Frozen time moves on request, and issues changed meanwhile are stored as the app would. */
class MovingTimeTest {
  @TempDir Path data;

  private static HttpResponse<String> send(HttpRequest request) throws Exception {
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static HttpRequest post(Sandbox sandbox, String form) {
    return HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + sandbox.port() + "/sandbox/time"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form))
        .build();
  }

  @Test
  void movingFrozenTimeShowsIssuesCreatedMeanwhileWithTheirClocks() throws Exception {
    // HELP-300 is created during 2026-04-27; the day before it does not exist yet.
    Instant before = Instant.parse("2026-04-26T00:00:00Z");
    try (Sandbox sandbox =
        Sandbox.start(
            new Sandbox.Options(Samples.POLICIES, List.of(Samples.ISSUES), before, 0, data))) {
      String issue = "http://127.0.0.1:" + sandbox.port() + "/browse/HELP-300";
      assertThat(send(HttpRequest.newBuilder(URI.create(issue)).build()).statusCode())
          .isEqualTo(404);
      assertThat(sandbox.tracking().clocks().load(10300)).isEmpty();

      HttpResponse<String> moved = send(post(sandbox, "advance=P8D"));

      assertThat(moved.statusCode()).isEqualTo(200);
      assertThat(moved.body().strip()).isEqualTo("2026-05-04T00:00:00Z");
      assertThat(sandbox.clock().instant()).isEqualTo(Instant.parse("2026-05-04T00:00:00Z"));
      assertThat(send(HttpRequest.newBuilder(URI.create(issue)).build()).statusCode())
          .isEqualTo(200);
      assertThat(sandbox.tracking().clocks().load(10300)).isPresent();
      assertThat(send(post(sandbox, "now=yesterday")).statusCode()).isEqualTo(400);
    }
  }

  @Test
  void runningTimeCannotBeMoved() throws Exception {
    try (Sandbox sandbox =
        Sandbox.start(
            new Sandbox.Options(Samples.POLICIES, List.of(Samples.ISSUES), null, 0, data))) {
      assertThat(send(post(sandbox, "advance=PT1H")).statusCode()).isEqualTo(409);
    }
  }
}

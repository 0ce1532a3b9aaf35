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

/**
 * Frozen time moves on request, and issues changed meanwhile are stored as the app would: the pages
 * and the reports (read from the stored cycle rows) show them as of the new now.
 */
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
  void theReportsCountAsOfTheMovedTimeForwardAndBack() throws Exception {
    // April 2026: HELP-300 and others are created during the week after the 26th, and cycles that
    // run on the 26th stop or breach by May 4.
    Instant before = Instant.parse("2026-04-26T00:00:00Z");
    Instant after = Instant.parse("2026-05-04T00:00:00Z");
    String april = "from=2026-04-01&to=2026-04-30&zone=Europe/Amsterdam";
    String[] cli = {
      "--from", "2026-04-01", "--to", "2026-04-30", "--zone", "Europe/Amsterdam", "--format", "csv"
    };
    try (Sandbox sandbox =
        Sandbox.start(new Sandbox.Options(Samples.POLICIES, Samples.EXPORTS, before, 0, data))) {
      for (String report : List.of("compliance", "heatmap", "about")) {
        String path = "/reports/csv?" + april + "&report=" + report;
        String asOfBefore = Samples.report(before, concat(cli, "--report", report));
        String asOfAfter = Samples.report(after, concat(cli, "--report", report));
        assertThat(asOfAfter).as(report).isNotEqualTo(asOfBefore);

        assertThat(csv(sandbox, path)).as(report).isEqualTo(asOfBefore);
        sandbox.moveTime(after);
        assertThat(csv(sandbox, path)).as(report).isEqualTo(asOfAfter);
        sandbox.moveTime(before); // back: the week after is forgotten again
        assertThat(csv(sandbox, path)).as(report).isEqualTo(asOfBefore);
      }
    }
  }

  /**
   * Inside the sample's mail outage (a window for every issue) the running cycles are shown paused;
   * the sandbox's rows say running (what stays true) and its compliance counts them paused, as
   * {@code sla report} does.
   */
  @Test
  void insideAnExclusionWindowTheReportsCountRunningCyclesAsPausedAsSlaReportDoes()
      throws Exception {
    Instant outage = Instant.parse("2026-02-17T11:00:00Z");
    String february = "from=2026-02-01&to=2026-02-28&zone=Europe/Amsterdam";
    String[] cli = {
      "--from", "2026-02-01", "--to", "2026-02-28", "--zone", "Europe/Amsterdam", "--format", "csv"
    };
    String expected = Samples.report(outage, concat(cli, "--report", "compliance"));
    try (Sandbox sandbox =
        Sandbox.start(new Sandbox.Options(Samples.POLICIES, Samples.EXPORTS, outage, 0, data))) {
      assertThat(csv(sandbox, "/reports/csv?" + february + "&report=compliance"))
          .isEqualTo(expected);
    }
    // the window holds every open cycle: none running, and some of them paused
    List<String> header = List.of(expected.lines().findFirst().orElseThrow().split(","));
    int running = header.indexOf("running");
    int paused = header.indexOf("paused");
    assertThat(expected.lines().skip(1).mapToInt(l -> Integer.parseInt(l.split(",")[running])))
        .containsOnly(0);
    assertThat(expected.lines().skip(1).mapToInt(l -> Integer.parseInt(l.split(",")[paused])).sum())
        .isGreaterThan(10);
  }

  private static String csv(Sandbox sandbox, String path) throws Exception {
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + sandbox.port() + path))
                .header("Cookie", "sla-sandbox-person=manager.mia")
                .build());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return response.body();
  }

  private static String[] concat(String[] head, String... tail) {
    String[] all = java.util.Arrays.copyOf(head, head.length + tail.length);
    System.arraycopy(tail, 0, all, head.length, tail.length);
    return all;
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

package org.slaclocks.jira.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import com.atlassian.scheduler.SchedulerService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slaclocks.tracking.ChangeQueue;

class ReconciliationJobTest {
  private static final Instant NOW = Instant.parse("2026-03-02T12:00:00Z");
  private final Map<String, Object> settings = new HashMap<>();
  private final List<Duration> lookBacks = new ArrayList<>();
  private final List<Long> queued = new ArrayList<>();

  private ReconciliationJob job() {
    PluginSettings global = mock(PluginSettings.class);
    when(global.get(anyString())).thenAnswer(i -> settings.get(i.<String>getArgument(0)));
    when(global.put(anyString(), org.mockito.ArgumentMatchers.any()))
        .thenAnswer(i -> settings.put(i.getArgument(0), i.getArgument(1)));
    PluginSettingsFactory factory = mock(PluginSettingsFactory.class);
    when(factory.createGlobalSettings()).thenReturn(global);
    ChangeQueue queue = mock(ChangeQueue.class);
    org.mockito.Mockito.doAnswer(
            i -> {
              queued.addAll(i.getArgument(0));
              return null;
            })
        .when(queue)
        .enqueueAll(
            org.mockito.ArgumentMatchers.anyCollection(), org.mockito.ArgumentMatchers.any());
    return new ReconciliationJob(
        mock(SchedulerService.class),
        (lookBack, sink) -> {
          lookBacks.add(lookBack);
          sink.accept(7);
          sink.accept(7);
          sink.accept(9);
        },
        queue,
        new Watermark(factory),
        Clock.fixed(NOW, ZoneOffset.UTC));
  }

  @Test
  void requeuesIssuesUpdatedSinceTheWatermarkWithAnOverlap() {
    settings.put(Watermark.KEY, Long.toString(NOW.minus(Duration.ofMinutes(5)).toEpochMilli()));

    String message = job().reconcile();

    assertThat(lookBacks).containsExactly(Duration.ofMinutes(7));
    assertThat(queued).containsExactly(7L, 9L);
    assertThat(settings).containsEntry(Watermark.KEY, Long.toString(NOW.toEpochMilli()));
    assertThat(message).startsWith("2 issues");
  }

  @Test
  void theFirstRunLooksBackOnlyOverTheOverlap() {
    job().reconcile();

    assertThat(lookBacks).containsExactly(ReconciliationJob.OVERLAP);
  }

  @Test
  void aLongOutageIsCaughtUpForAtMostAWeek() {
    settings.put(Watermark.KEY, Long.toString(NOW.minus(Duration.ofDays(30)).toEpochMilli()));

    job().reconcile();

    assertThat(lookBacks).containsExactly(ReconciliationJob.MAX_LOOK_BACK);
  }
}

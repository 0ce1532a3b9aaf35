package org.slaclocks.jira.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockito.MockedStatic;
import org.slaclocks.jira.tracking.AlertRunner;

/** The alert job as Jira's scheduler sees it (the scheduler's classes mocked). */
class AlertJobTest {
  private static final Instant NOW = Instant.parse("2026-03-02T12:00:00Z");
  private final SchedulerService scheduler = mock(SchedulerService.class);
  private final AlertRunner runner = mock(AlertRunner.class);
  private final AlertJob job = new AlertJob(scheduler, runner, Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void isScheduledOnceForTheWholeClusterEveryMinuteFromAMinuteAfterStart() throws Exception {
    JobRunnerKey key = mock(JobRunnerKey.class);
    JobId id = mock(JobId.class);
    JobConfig config = mock(JobConfig.class);
    Schedule everyMinute = mock(Schedule.class);
    try (MockedStatic<JobRunnerKey> keys = mockStatic(JobRunnerKey.class);
        MockedStatic<JobId> ids = mockStatic(JobId.class);
        MockedStatic<JobConfig> configs = mockStatic(JobConfig.class);
        MockedStatic<Schedule> schedules = mockStatic(Schedule.class)) {
      keys.when(() -> JobRunnerKey.of("org.slaclocks.sla-clocks.alerts")).thenReturn(key);
      ids.when(() -> JobId.of("org.slaclocks.sla-clocks.alerts")).thenReturn(id);
      configs.when(() -> JobConfig.forJobRunnerKey(key)).thenReturn(config);
      schedules
          .when(() -> Schedule.forInterval(60_000L, Date.from(NOW.plusSeconds(60))))
          .thenReturn(everyMinute);
      when(config.withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)).thenReturn(config);
      when(config.withSchedule(everyMinute)).thenReturn(config);

      job.schedule();

      verify(scheduler).registerJobRunner(key, job);
      verify(config).withRunMode(RunMode.RUN_ONCE_PER_CLUSTER);
      verify(config).withSchedule(everyMinute);
      verify(scheduler).scheduleJob(id, config);
    }
  }

  @Test
  void aRunReportsWhatTheRunnerDid() {
    when(runner.runOnce()).thenReturn(new AlertRunner.Report(3, 4, 4, 3, 1, 0, 0, List.of()));
    JobRunnerResponse success = mock(JobRunnerResponse.class);
    try (MockedStatic<JobRunnerResponse> responses = mockStatic(JobRunnerResponse.class)) {
      responses
          .when(
              () ->
                  JobRunnerResponse.success(
                      "3 clocks due, 4 firings planned, 4 claimed: 3 done, 1 to retry, 0 failed,"
                          + " 0 cancelled"))
          .thenReturn(success);

      assertThat(job.runJob(mock(JobRunnerRequest.class))).isSameAs(success);
    }
  }

  @Test
  void aRunThatFailsIsReportedAsFailedToTheScheduler() {
    IllegalStateException down = new IllegalStateException("database gone");
    when(runner.runOnce()).thenThrow(down);
    JobRunnerResponse failed = mock(JobRunnerResponse.class);
    try (MockedStatic<JobRunnerResponse> responses = mockStatic(JobRunnerResponse.class)) {
      responses.when(() -> JobRunnerResponse.failed(down)).thenReturn(failed);
      responses.when(() -> JobRunnerResponse.success(any())).thenReturn(null);

      assertThat(job.runJob(mock(JobRunnerRequest.class))).isSameAs(failed);
    }
  }
}

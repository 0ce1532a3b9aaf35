package org.slaclocks.jira.app;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.verifyNoMoreInteractions;

import com.atlassian.event.api.EventPublisher;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;
import org.slaclocks.jira.event.IssueEventListener;
import org.slaclocks.jira.schedule.AlertJob;
import org.slaclocks.jira.schedule.ReconciliationJob;
import org.slaclocks.jira.tracking.ChangeWorker;
import org.slaclocks.tracking.ChangeQueue;

/** Starting and stopping the app's moving parts, with Jira's event bus and scheduler mocked. */
class AppLifecycleTest {
  private final EventPublisher events = mock(EventPublisher.class);
  private final IssueEventListener listener =
      new IssueEventListener(mock(ChangeQueue.class), Clock.systemUTC());
  private final ChangeWorker worker = mock(ChangeWorker.class);
  private final ReconciliationJob reconciliation = mock(ReconciliationJob.class);
  private final AlertJob alerts = mock(AlertJob.class);
  private final AppLifecycle lifecycle =
      new AppLifecycle(events, listener, worker, reconciliation, alerts);

  @Test
  void startsTheListenerTheWorkerTheReconciliationAndTheAlertsAndStopsThemInReverse() {
    lifecycle.onStart();
    lifecycle.onStop();

    InOrder order = inOrder(events, worker, reconciliation, alerts);
    order.verify(events).register(listener);
    order.verify(worker).start();
    order.verify(reconciliation).schedule();
    order.verify(alerts).schedule();
    order.verify(alerts).unschedule();
    order.verify(reconciliation).unschedule();
    order.verify(worker).stop();
    order.verify(events).unregister(listener);
    order.verifyNoMoreInteractions();
  }

  @Test
  void aStartThatCannotScheduleUndoesTheWorkerAndTheListener() {
    IllegalStateException refused = new IllegalStateException("could not schedule");
    doThrow(refused).when(reconciliation).schedule();

    assertThatThrownBy(lifecycle::onStart).isSameAs(refused);

    InOrder order = inOrder(events, worker, reconciliation);
    order.verify(events).register(listener);
    order.verify(worker).start();
    order.verify(reconciliation).schedule();
    order.verify(worker).stop();
    order.verify(events).unregister(listener);
    order.verifyNoMoreInteractions();

    lifecycle.destroy(); // Spring disables the app afterwards: nothing is left to undo
    verifyNoMoreInteractions(events, worker, reconciliation);
    verifyNoInteractions(alerts);
  }

  @Test
  void aStartThatCannotScheduleTheAlertsUndoesEverythingStartedBefore() {
    doThrow(new IllegalStateException("could not schedule")).when(alerts).schedule();

    assertThatThrownBy(lifecycle::onStart).hasMessage("could not schedule");

    InOrder order = inOrder(events, worker, reconciliation, alerts);
    order.verify(reconciliation).schedule();
    order.verify(alerts).schedule();
    order.verify(reconciliation).unschedule();
    order.verify(worker).stop();
    order.verify(events).unregister(listener);
    verify(alerts, times(0)).unschedule();
  }

  @Test
  void aStartThatCannotStartTheWorkerUnregistersOnlyTheListener() {
    doThrow(new OutOfMemoryError("unable to create native thread")).when(worker).start();

    assertThatThrownBy(lifecycle::onStart).isInstanceOf(OutOfMemoryError.class);

    verify(events).unregister(listener);
    verify(worker, times(0)).stop();
    verifyNoInteractions(reconciliation);
  }

  @Test
  void destroyWithoutAStartUndoesNothing() {
    lifecycle.destroy();
    lifecycle.onStop();

    verifyNoInteractions(events, worker, reconciliation, alerts);
  }

  @Test
  void aSecondStartChangesNothingAndEachStepIsUndoneOnce() {
    lifecycle.onStart();
    lifecycle.onStart(); // SAL starts again after a restore from backup

    lifecycle.onStop();
    lifecycle.destroy();

    verify(events, times(1)).register(listener);
    verify(worker, times(1)).start();
    verify(reconciliation, times(1)).schedule();
    verify(reconciliation, times(1)).unschedule();
    verify(alerts, times(1)).schedule();
    verify(alerts, times(1)).unschedule();
    verify(worker, times(1)).stop();
    verify(events, times(1)).unregister(listener);
  }

  @Test
  void aStepThatFailsToStopDoesNotKeepTheOthersRunning() {
    lifecycle.onStart();
    doThrow(new IllegalStateException("scheduler gone")).when(reconciliation).unschedule();

    lifecycle.destroy();

    verify(worker).stop();
    verify(events).unregister(listener);
  }
}

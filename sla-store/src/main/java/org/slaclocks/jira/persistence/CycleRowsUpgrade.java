package org.slaclocks.jira.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.logging.Logger;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import org.slaclocks.jira.persistence.schema.v5.AoIssueClocks;

/**
 * Model version 5: every cycle as a row for the reports ({@link AoCycle}, {@link AoCycleField}).
 * The new tables are created ({@code migrate} with the frozen version 5 entities), then every issue
 * with stored clocks is queued, in pages of {@value #PAGE} issues by id (one transaction each): the
 * worker recomputes them and, finding their cycle rows missing, writes them. The cycles cannot be
 * written from the clock rows alone, because a report needs the issue's fields when each cycle
 * started, which only the history holds.
 *
 * <p>A run that failed half-way is run again by AO and queues every issue again: a queued issue
 * recomputed twice is stored once (the second store finds nothing changed).
 */
public final class CycleRowsUpgrade implements ActiveObjectsUpgradeTask {
  private static final Logger LOG = Logger.getLogger(CycleRowsUpgrade.class.getName());
  static final int PAGE = 1000;

  /** The whole version 5 model. */
  static final List<Class<? extends RawEntity<?>>> VERSION_5 =
      List.of(
          AoIssueClocks.class,
          org.slaclocks.jira.persistence.schema.v5.AoClock.class,
          org.slaclocks.jira.persistence.schema.v5.AoChange.class,
          org.slaclocks.jira.persistence.schema.v5.AoQueueClaim.class,
          org.slaclocks.jira.persistence.schema.v5.AoTriggerFiring.class,
          org.slaclocks.jira.persistence.schema.v5.AoAuditEntry.class,
          org.slaclocks.jira.persistence.schema.v5.AoConfigDoc.class,
          org.slaclocks.jira.persistence.schema.v5.AoExclusion.class,
          org.slaclocks.jira.persistence.schema.v5.AoWorkerNode.class,
          org.slaclocks.jira.persistence.schema.v5.AoRecalculation.class,
          org.slaclocks.jira.persistence.schema.v5.AoRecalcIssue.class,
          org.slaclocks.jira.persistence.schema.v5.AoCycle.class,
          org.slaclocks.jira.persistence.schema.v5.AoCycleField.class);

  private final Clock clock;

  public CycleRowsUpgrade(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public ModelVersion getModelVersion() {
    return ModelVersion.valueOf("5");
  }

  @Override
  @SuppressWarnings({"unchecked", "rawtypes"}) // an array of the entity classes
  public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
    ao.migrate(VERSION_5.toArray(new Class[0]));
    int queued = queueEveryIssue(ao, clock.instant());
    LOG.info(
        "SLA Clocks: model version 5: "
            + queued
            + " issues queued, for the worker to write their cycles for the reports");
  }

  /**
   * Queues every issue with stored clocks for the worker, in pages of {@value #PAGE} issues by id
   * (one transaction each); returns how many.
   */
  static int queueEveryIssue(ActiveObjects ao, Instant now) {
    AoChangeQueue queue = new AoChangeQueue(ao);
    long after = 0;
    int queued = 0;
    while (true) {
      List<Long> issues = new ArrayList<>(PAGE);
      ao.stream(
          AoIssueClocks.class,
          Query.select("ID,ISSUE_ID").where("ISSUE_ID > ?", after).order("ISSUE_ID").limit(PAGE),
          row -> issues.add(row.getIssueId()));
      if (issues.isEmpty()) {
        return queued;
      }
      ao.executeInTransaction(
          () -> {
            queue.enqueueAll(issues, now);
            return null;
          });
      queued += issues.size();
      after = issues.get(issues.size() - 1);
    }
  }
}

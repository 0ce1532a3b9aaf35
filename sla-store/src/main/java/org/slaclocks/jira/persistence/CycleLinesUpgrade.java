package org.slaclocks.jira.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.logging.Logger;
import net.java.ao.RawEntity;

/**
 * Model version 6: the cycle rows count by their report line as a number ({@code LINE_HASH}, names
 * in {@code CYCLE_LINE}), and their indexes hold every column a report's count reads ({@link
 * AoCycle}, {@link AoCycleField}, {@link AoCycleLine}). Version 5's cycle rows cannot be given the
 * number in place (Active Objects has no UPDATE over many rows, and the rows are derived from the
 * issues' histories anyway), so the task drops the two cycle tables ({@code migrateDestructively}
 * with the version 5 model less them: dropping is immediate, where deleting millions of rows is
 * not), creates the version 6 tables and queues every issue with clocks: the worker writes their
 * cycles again. Until it has, reports count only the issues written (the report pages say how many
 * issues the worker still has to do).
 *
 * <p>A run that failed half-way is run again by AO: the tables are dropped and every issue queued
 * again; an issue recomputed twice is stored once.
 */
public final class CycleLinesUpgrade implements ActiveObjectsUpgradeTask {
  private static final Logger LOG = Logger.getLogger(CycleLinesUpgrade.class.getName());

  /** The whole version 6 model. */
  static final List<Class<? extends RawEntity<?>>> VERSION_6;

  /** Version 5's tables that version 6 keeps as they were. */
  private static final List<Class<? extends RawEntity<?>>> UNCHANGED;

  static {
    List<Class<? extends RawEntity<?>>> unchanged = new ArrayList<>(CycleRowsUpgrade.VERSION_5);
    unchanged.remove(org.slaclocks.jira.persistence.schema.v5.AoCycle.class);
    unchanged.remove(org.slaclocks.jira.persistence.schema.v5.AoCycleField.class);
    UNCHANGED = List.copyOf(unchanged);
    List<Class<? extends RawEntity<?>>> six = new ArrayList<>(unchanged);
    six.add(org.slaclocks.jira.persistence.schema.v6.AoCycle.class);
    six.add(org.slaclocks.jira.persistence.schema.v6.AoCycleField.class);
    six.add(org.slaclocks.jira.persistence.schema.v6.AoCycleLine.class);
    VERSION_6 = List.copyOf(six);
  }

  private final Clock clock;

  public CycleLinesUpgrade(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public ModelVersion getModelVersion() {
    return ModelVersion.valueOf("6");
  }

  @Override
  @SuppressWarnings({"unchecked", "rawtypes"}) // arrays of the entity classes
  public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
    ao.migrateDestructively(UNCHANGED.toArray(new Class[0]));
    ao.migrate(VERSION_6.toArray(new Class[0]));
    int queued = CycleRowsUpgrade.queueEveryIssue(ao, clock.instant());
    LOG.info(
        "SLA Clocks: model version 6: cycle rows dropped and "
            + queued
            + " issues queued, for the worker to write them again in their narrower form");
  }
}

package org.slaclocks.jira.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import org.slaclocks.jira.persistence.schema.v6.AoCycle;
import org.slaclocks.jira.persistence.schema.v6.AoCycleField;
import org.slaclocks.jira.persistence.schema.v7.AoCycleSum;

/**
 * Model version 7: the stopped cycles counted per UTC month ({@code CYCLE_SUM}, {@link
 * org.slaclocks.jira.persistence.AoCycleSum}), so that a report over whole months reads those sums
 * instead of every cycle row. The table is created ({@code migrate} with the frozen version 7
 * model) and filled from the cycle rows already stored: one read of the stopped rows of {@code
 * CYCLE} and {@code CYCLE_FIELD}, summed in memory (a key per field, project, line, month and
 * state: some hundred thousand at most at a million clocks), written compacted. Nothing is queued:
 * the cycle rows stay as they are.
 *
 * <p>AO runs the task before the app's worker touches the tables (the app waits for its Active
 * Objects), so no write adds to the sums while they are filled. A run that failed half-way is run
 * again by AO: it first deletes whatever sums the failed run wrote.
 */
public final class CycleSumsUpgrade implements ActiveObjectsUpgradeTask {
  private static final Logger LOG = Logger.getLogger(CycleSumsUpgrade.class.getName());

  /** The whole version 7 model. */
  static final List<Class<? extends RawEntity<?>>> VERSION_7;

  static {
    List<Class<? extends RawEntity<?>>> seven = new ArrayList<>(CycleLinesUpgrade.VERSION_6);
    seven.add(AoCycleSum.class);
    VERSION_7 = List.copyOf(seven);
  }

  @Override
  public ModelVersion getModelVersion() {
    return ModelVersion.valueOf("7");
  }

  @Override
  @SuppressWarnings({"unchecked", "rawtypes"}) // an array of the entity classes
  public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
    ao.migrate(VERSION_7.toArray(new Class[0]));
    int written = fill(ao);
    LOG.info(
        "SLA Clocks: model version 7: "
            + written
            + " monthly sums of the stopped cycles written for the reports");
  }

  /**
   * Replaces the monthly sums by those of the stored cycle rows; returns how many sums. Public for
   * the benchmark that fills the tables by JDBC.
   */
  public static int fill(ActiveObjects ao) {
    ao.deleteWithSQL(AoCycleSum.class, "ID > ?", Long.MIN_VALUE);
    CycleSums.Deltas sums = new CycleSums.Deltas();
    ao.stream(
        AoCycle.class,
        Query.select("ID,PROJECT_KEY,LINE_HASH,STATE,STOP_AT,MET_AT_RISK")
            .where("STOP_AT IS NOT NULL"),
        row ->
            sums.add(
                CycleSums.NO_FIELD,
                row.getProjectKey(),
                row.getLineHash(),
                row.getStopAt(),
                row.getState(),
                row.getMetAtRisk(),
                1));
    ao.stream(
        AoCycleField.class,
        Query.select("ID,FIELD,PROJECT_KEY,LINE_HASH,STATE,STOP_AT,MET_AT_RISK")
            .where("STOP_AT IS NOT NULL"),
        row ->
            sums.add(
                row.getField(),
                row.getProjectKey(),
                row.getLineHash(),
                row.getStopAt(),
                row.getState(),
                row.getMetAtRisk(),
                1));
    List<Map<String, Object>> rows = sums.rows(0);
    for (List<Map<String, Object>> chunk : Sql.chunks(rows)) {
      ao.create(AoCycleSum.class, chunk);
    }
    return rows.size();
  }
}

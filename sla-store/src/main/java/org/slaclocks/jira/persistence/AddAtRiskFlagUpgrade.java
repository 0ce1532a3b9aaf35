package org.slaclocks.jira.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import net.java.ao.Query;
import org.slaclocks.jira.persistence.schema.v2.AoChange;
import org.slaclocks.jira.persistence.schema.v2.AoClock;

/**
 * Model version 2: the clocks get an {@code AT_RISK} flag (the current cycle is past its internal
 * target) and an (AT_RISK, ISSUE_ID) index, so that "at risk" issue ids come from an index like
 * "breached" ones do. (Model version 3 replaced the flag by instants: {@link ClockFactsUpgrade}.)
 *
 * <p>The new column starts false. Stored clocks are derived data, so the rows that should say true
 * (those with an at-risk instant) are not rewritten here one by one: their issues are queued, and
 * the worker recomputes and stores them whole, as after any issue change. The task migrates the
 * frozen version 2 entities, and also runs on an empty database (a first install), where it only
 * creates the tables. The queue's instant comes from the app's {@link Clock} (see {@link
 * ClockFactsUpgrade} for how the AO plugin passes it).
 */
public final class AddAtRiskFlagUpgrade implements ActiveObjectsUpgradeTask {
  private final Clock clock;

  public AddAtRiskFlagUpgrade(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public ModelVersion getModelVersion() {
    return ModelVersion.valueOf("2");
  }

  @Override
  @SuppressWarnings("unchecked") // generic varargs of ActiveObjects.migrate
  public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
    ao.migrate(AoClock.class, AoChange.class);
    List<Long> issues = new ArrayList<>();
    ao.stream(
        AoClock.class,
        Query.select("ISSUE_ID").distinct().where("AT_RISK_AT IS NOT NULL").order("ISSUE_ID"),
        row -> issues.add(row.getIssueId()));
    new AoChangeQueue(ao).enqueueAll(issues, clock.instant());
  }
}

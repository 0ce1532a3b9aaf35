package org.slaclocks.jira.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.java.ao.Query;
import org.slaclocks.clock.Calendars;
import org.slaclocks.clock.ClockFacts;
import org.slaclocks.clock.ClockState;
import org.slaclocks.clock.CycleFacts;
import org.slaclocks.tracking.ClockUpdate;
import org.slaclocks.tracking.IssueClocks;

/**
 * An issue's cycles as {@link AoCycle} and {@link AoCycleField} rows (with the names of their
 * report lines in {@link AoCycleLine}), and their store: in the transaction that stores the issue's
 * clocks, an issue's cycle rows are deleted and written again when any row's content hash differs
 * from the stored ones (a cycle added, changed or gone, a field value, a calendar's zone), and left
 * alone otherwise. Public so that a benchmark can fill the tables by JDBC with the rows the store
 * would write ({@link #plan}).
 */
public final class CycleRows {
  private final ActiveObjects ao;
  private final Calendars calendars;

  public CycleRows(ActiveObjects ao, Calendars calendars) {
    this.ao = ao;
    this.calendars = calendars;
  }

  /**
   * One issue's planned rows, the report lines they count in (a row each for {@link AoCycleLine},
   * by line number), and the combined hash of its cycle rows.
   */
  public record Planned(
      long issueId,
      List<Map<String, Object>> cycles,
      List<Map<String, Object>> fields,
      Map<Long, Map<String, Object>> lines,
      long hash) {}

  /** The rows of the update's issue: column name to value, absent when null. */
  public Planned plan(ClockUpdate update) {
    IssueClocks issue = update.clocks();
    List<Map<String, Object>> cycles = new ArrayList<>();
    List<Map<String, Object>> fields = new ArrayList<>();
    Map<Long, Map<String, Object>> lines = new HashMap<>();
    List<Long> hashes = new ArrayList<>();
    String project = issue.projectKey() == null ? "" : issue.projectKey();
    if (project.length() > 100) {
      throw new IllegalArgumentException(
          "a project key is at most 100 characters, was " + project.length() + ": " + project);
    }
    for (ClockFacts clock : issue.clocks()) {
      Long previousStop = null;
      // per field, per value ("" for none): the stop of the latest cycle with that value so far
      Map<String, Map<String, Long>> lastStopByValue = new HashMap<>();
      for (CycleFacts cycle : clock.cycles()) {
        Map<String, String> values = update.fieldsAt(clock.metricId(), cycle.index());
        Map<String, Object> row = cycleRow(issue, project, clock, cycle);
        row.put("LINE_HASH", line(lines, clock, null, null));
        putIfNotNull(row, "PREV_DECIDED_AT", previousStop);
        row.put("HAS_PREV", previousStop == null ? 0 : 1);
        Long stop = ClockRow.millis(cycle.stop());
        long hash = hash(row, new TreeMap<>(values));
        row.put("CONTENT_HASH", hash);
        hashes.add(hash);
        cycles.add(row);
        for (String field :
            update.cycleFields().isEmpty() ? List.<String>of() : fieldNames(update)) {
          Map<String, Object> f = new HashMap<>();
          f.put("ISSUE_ID", issue.issueId());
          f.put("PROJECT_KEY", project);
          f.put("CYCLE_INDEX", cycle.index());
          f.put("CYCLE_COUNT", clock.cycles().size());
          String name = Sql.truncate(field, 100);
          f.put("FIELD", name);
          String value = values.get(field);
          // the line's value as reports group it: none and "" are one line
          String line = value == null || value.isEmpty() ? "" : Sql.truncate(value, 255);
          f.put("LINE_HASH", line(lines, clock, name, line));
          for (String column :
              List.of("STATE", "START_AT", "STOP_AT", "DECIDED_AT", "AT_RISK_AT", "MET_AT_RISK")) {
            if (row.get(column) != null) {
              f.put(column, row.get(column));
            }
          }
          Map<String, Long> lastStops =
              lastStopByValue.computeIfAbsent(field, x -> new HashMap<>());
          putIfNotNull(f, "PREV_DECIDED_AT", lastStops.get(line));
          f.put("HAS_PREV", lastStops.get(line) == null ? 0 : 1);
          if (stop != null) {
            lastStops.put(line, stop);
          }
          fields.add(f);
        }
        if (stop != null) {
          previousStop = stop;
        }
      }
    }
    hashes.sort(null);
    long combined = 17;
    for (long h : hashes) {
      combined = combined * 31 + h;
    }
    return new Planned(issue.issueId(), cycles, fields, lines, combined);
  }

  /** The line's number, its row added to {@code lines}. */
  private static long line(
      Map<Long, Map<String, Object>> lines, ClockFacts clock, String field, String value) {
    CycleLine line = new CycleLine(clock.policyId(), clock.metricId(), field, value);
    long hash = line.hash();
    lines.computeIfAbsent(hash, h -> line.row());
    return hash;
  }

  /** Every field name the update gives a value for in any cycle: a row each, value or not. */
  private static List<String> fieldNames(ClockUpdate update) {
    java.util.TreeSet<String> names = new java.util.TreeSet<>();
    update.cycleFields().values().forEach(cycles -> cycles.forEach(m -> names.addAll(m.keySet())));
    names.add(org.slaclocks.history.FieldNames.PRIORITY);
    return new ArrayList<>(names);
  }

  private Map<String, Object> cycleRow(
      IssueClocks issue, String project, ClockFacts clock, CycleFacts cycle) {
    Map<String, Object> row = new HashMap<>();
    row.put("ISSUE_ID", issue.issueId());
    row.put("ISSUE_KEY", issue.issueKey());
    row.put("PROJECT_KEY", project);
    row.put("POLICY_ID", clock.policyId());
    row.put("METRIC_ID", clock.metricId());
    row.put("CYCLE_INDEX", cycle.index());
    row.put("CYCLE_COUNT", clock.cycles().size());
    ClockState state;
    Long decided;
    Long atRisk = ClockRow.millis(cycle.atRiskAt());
    if (!cycle.isOpen()) {
      state = cycle.breachAt() != null ? ClockState.BREACHED : ClockState.MET;
      decided = cycle.stop().toEpochMilli();
      row.put("STOP_AT", decided);
      if (atRisk != null && atRisk >= decided) {
        atRisk = null; // reached at or after the stop: the cycle was never at risk
      }
    } else {
      state = cycle.isPausedByCondition() ? ClockState.PAUSED : ClockState.RUNNING;
      decided = ClockRow.millis(cycle.breachAt());
      if (state == ClockState.RUNNING) {
        row.put("ZERO_AT", cycle.zeroAt(calendars).toEpochMilli());
      }
    }
    row.put("STATE", state.name());
    row.put("MET_AT_RISK", state == ClockState.MET && atRisk != null ? 1 : 0);
    row.put("START_AT", cycle.start().toEpochMilli());
    putIfNotNull(row, "DECIDED_AT", decided);
    row.put("ELAPSED_MS", cycle.elapsed().toMillis());
    row.put("ELAPSED_AT", cycle.elapsedAt().toEpochMilli());
    putIfNotNull(row, "AT_RISK_AT", atRisk);
    ZoneId zone = zone(cycle.goal().calendar());
    if (cycle.breachAt() != null) {
      row.put("BREACH_AT", cycle.breachAt().toEpochMilli());
      ZonedDateTime at = cycle.breachAt().atZone(zone);
      row.put("BREACH_DAY", at.getDayOfWeek().getValue());
      row.put("BREACH_HOUR", at.getHour());
    }
    row.put("GOAL_MS", cycle.goal().target().toMillis());
    putIfNotNull(
        row,
        "INTERNAL_MS",
        cycle.goal().internalTarget() == null ? null : cycle.goal().internalTarget().toMillis());
    row.put("GOAL_LABEL", cycle.goal().label() == null ? "" : cycle.goal().label());
    row.put("CALENDAR", Sql.truncate(cycle.goal().calendar(), 200));
    row.put("ZONE", zone.getId());
    return row;
  }

  /** The calendar's zone; UTC for a calendar the configuration no longer has. */
  private ZoneId zone(String calendar) {
    try {
      return calendars.calendar(calendar).zone();
    } catch (IllegalArgumentException gone) {
      return ZoneOffset.UTC;
    }
  }

  private static long hash(Map<String, Object> row, Map<String, String> fields) {
    StringBuilder text = new StringBuilder();
    new TreeMap<>(row).forEach((k, v) -> text.append(k).append('=').append(v).append('\u0001'));
    fields.forEach((k, v) -> text.append(k).append(':').append(v).append('\u0001'));
    return ContentHash.of("", "", null, text.toString());
  }

  private static void putIfNotNull(Map<String, Object> row, String column, Object value) {
    if (value != null) {
      row.put(column, value);
    }
  }

  /**
   * Replaces the cycle rows of the planned issues whose rows changed; in the caller's transaction.
   */
  void write(Collection<Planned> planned) {
    if (planned.isEmpty()) {
      return;
    }
    Map<Long, Planned> byIssue = new TreeMap<>();
    planned.forEach(p -> byIssue.put(p.issueId(), p));
    Map<Long, List<AoCycle>> stored = storedCycles(byIssue.keySet());
    Map<Long, List<AoCycle>> changed = new TreeMap<>();
    List<Map<String, Object>> cycles = new ArrayList<>();
    List<Map<String, Object>> fields = new ArrayList<>();
    Map<Long, Map<String, Object>> lines = new TreeMap<>();
    CycleSums.Deltas sums = new CycleSums.Deltas();
    for (Planned p : byIssue.values()) {
      List<AoCycle> wasRows = stored.getOrDefault(p.issueId(), List.of());
      List<Long> was = new ArrayList<>();
      wasRows.forEach(row -> was.add(row.getContentHash()));
      was.sort(null);
      long combined = 17;
      for (long h : was) {
        combined = combined * 31 + h;
      }
      if (combined == p.hash() && was.size() == p.cycles().size()) {
        continue;
      }
      if (!was.isEmpty()) {
        changed.put(p.issueId(), wasRows);
      }
      cycles.addAll(p.cycles());
      fields.addAll(p.fields());
      lines.putAll(p.lines());
      p.cycles().forEach(row -> sums.add(CycleSums.NO_FIELD, row, 1));
      p.fields().forEach(row -> sums.add((String) row.get("FIELD"), row, 1));
    }
    delete(changed.keySet(), changed, sums);
    addLines(lines);
    if (!cycles.isEmpty()) {
      ao.create(AoCycle.class, cycles);
    }
    if (!fields.isEmpty()) {
      ao.create(AoCycleField.class, fields);
    }
    sums.append(ao);
  }

  /**
   * Writes the lines not yet named in {@link AoCycleLine}. Another node may name the same line at
   * the same moment: both rows say the same, and readers take either.
   */
  private void addLines(Map<Long, Map<String, Object>> lines) {
    Map<Long, Map<String, Object>> missing = new TreeMap<>(lines);
    for (List<Long> chunk : Sql.chunks(lines.keySet())) {
      ao.stream(
          AoCycleLine.class,
          Query.select("ID,LINE_HASH")
              .where("LINE_HASH IN (" + Sql.placeholders(chunk.size()) + ")", chunk.toArray()),
          row -> missing.remove(row.getLineHash()));
    }
    if (!missing.isEmpty()) {
      ao.create(AoCycleLine.class, new ArrayList<>(missing.values()));
    }
  }

  /**
   * The issues' {@link AoCycle} rows, by issue: each with its content hash (is it to be rewritten?)
   * and what the monthly sums count it by (to take it off them when it is).
   */
  private Map<Long, List<AoCycle>> storedCycles(Collection<Long> issueIds) {
    Map<Long, List<AoCycle>> stored = new HashMap<>();
    for (List<Long> chunk : Sql.chunks(issueIds)) {
      ao.stream(
          AoCycle.class,
          Query.select("ID,ISSUE_ID,CONTENT_HASH,PROJECT_KEY,LINE_HASH,STATE,STOP_AT,MET_AT_RISK")
              .where("ISSUE_ID IN (" + Sql.placeholders(chunk.size()) + ")", chunk.toArray()),
          row -> stored.computeIfAbsent(row.getIssueId(), id -> new ArrayList<>()).add(row));
    }
    return stored;
  }

  /**
   * Deletes the issues' cycle rows and takes them off the monthly sums; in the caller's
   * transaction.
   *
   * @throws ClockStore.VersionConflict when another writer deleted some of them meanwhile (the
   *     caller's transaction is then rolled back and tried again, so no row is taken off twice)
   */
  void delete(Collection<Long> issueIds) {
    CycleSums.Deltas sums = new CycleSums.Deltas();
    delete(issueIds, storedCycles(issueIds), sums);
    sums.append(ao);
  }

  /**
   * Deletes the issues' cycle rows ({@code cycles}: their {@link AoCycle} rows as read), adding the
   * stopped ones to {@code sums} with sign -1. Rows are deleted by the ids read, and a count that
   * differs means another writer replaced them since: the sums would then take off rows twice.
   */
  private void delete(
      Collection<Long> issueIds, Map<Long, List<AoCycle>> cycles, CycleSums.Deltas sums) {
    List<Long> cycleIds = new ArrayList<>();
    cycles.values().stream()
        .flatMap(List::stream)
        .forEach(
            row -> {
              cycleIds.add(row.getID());
              if (row.getStopAt() != null) {
                sums.add(
                    CycleSums.NO_FIELD,
                    row.getProjectKey(),
                    row.getLineHash(),
                    row.getStopAt(),
                    row.getState(),
                    row.getMetAtRisk(),
                    -1);
              }
            });
    List<Long> fieldIds = new ArrayList<>();
    for (List<Long> chunk : Sql.chunks(issueIds)) {
      ao.stream(
          AoCycleField.class,
          Query.select("ID,FIELD,PROJECT_KEY,LINE_HASH,STATE,STOP_AT,MET_AT_RISK")
              .where("ISSUE_ID IN (" + Sql.placeholders(chunk.size()) + ")", chunk.toArray()),
          row -> {
            fieldIds.add(row.getID());
            if (row.getStopAt() != null) {
              sums.add(
                  row.getField(),
                  row.getProjectKey(),
                  row.getLineHash(),
                  row.getStopAt(),
                  row.getState(),
                  row.getMetAtRisk(),
                  -1);
            }
          });
    }
    deleteAll(AoCycle.class, cycleIds);
    deleteAll(AoCycleField.class, fieldIds);
  }

  private void deleteAll(Class<? extends net.java.ao.RawEntity<Long>> table, List<Long> ids) {
    ids.sort(null);
    for (List<Long> chunk : Sql.chunks(ids)) {
      int deleted =
          ao.deleteWithSQL(
              table, "ID IN (" + Sql.placeholders(chunk.size()) + ")", chunk.toArray());
      if (deleted != chunk.size()) {
        throw new ClockStore.VersionConflict();
      }
    }
  }
}

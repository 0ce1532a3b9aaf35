package org.slaclocks.jira.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import net.java.ao.DBParam;
import net.java.ao.Query;
import net.java.ao.schema.StringLength;
import org.slaclocks.clock.ExclusionWindow;
import org.slaclocks.policy.Exclusion;
import org.slaclocks.tracking.ExclusionRepository;

/**
 * Exclusion windows in {@link AoExclusion}; issue id 0 marks a global window. Each row is read as
 * the core's {@link Exclusion}, its id the row id; author and creation instant stay in the row for
 * the audit trail.
 */
public final class AoExclusionRepository implements ExclusionRepository {
  private static final long GLOBAL = 0;
  private static final String COLUMNS = "ID,ISSUE_ID,START_AT,END_AT,REASON";

  private static final Comparator<Exclusion> BY_START =
      Comparator.comparing(e -> e.window().startInclusive());

  private final ActiveObjects ao;

  public AoExclusionRepository(ActiveObjects ao) {
    this.ao = ao;
  }

  @Override
  public Exclusion add(ExclusionWindow window, Long issueId, String author, Instant at) {
    if (issueId != null && issueId <= 0) {
      throw new IllegalArgumentException("issueId must be positive, was " + issueId);
    }
    if (window.reason().length() > StringLength.MAX_LENGTH) {
      throw new IllegalArgumentException(
          "reason must be at most " + StringLength.MAX_LENGTH + " characters");
    }
    AoExclusion row =
        ao.create(
            AoExclusion.class,
            new DBParam("ISSUE_ID", issueId == null ? GLOBAL : issueId),
            new DBParam("START_AT", window.startInclusive().toEpochMilli()),
            new DBParam("END_AT", window.endExclusive().toEpochMilli()),
            new DBParam("REASON", window.reason()),
            new DBParam("AUTHOR", author),
            new DBParam("CREATED_AT", at.toEpochMilli()));
    return exclusion(row.getID(), issueId == null ? GLOBAL : issueId, window);
  }

  @Override
  public boolean remove(String id) {
    long row;
    try {
      row = Long.parseLong(id);
    } catch (NumberFormatException e) {
      return false; // not a row id: no such window
    }
    if (row < 1 || row > Integer.MAX_VALUE) {
      return false; // not an id AO gives out for an Entity
    }
    return ao.deleteWithSQL(AoExclusion.class, "ID = ?", (int) row) > 0;
  }

  @Override
  public List<Exclusion> global() {
    return find(Query.select(COLUMNS).where("ISSUE_ID = ?", GLOBAL).order("START_AT"));
  }

  @Override
  public List<Exclusion> all() {
    return find(Query.select(COLUMNS).order("START_AT"));
  }

  @Override
  public List<Exclusion> forIssue(long issueId) {
    return find(
        Query.select(COLUMNS).where("ISSUE_ID IN (?,?)", GLOBAL, issueId).order("START_AT"));
  }

  /** {@inheritDoc} The global windows once, and those of the issues 1000 to a query. */
  @Override
  public Map<Long, List<Exclusion>> forIssues(Collection<Long> issueIds) {
    List<Exclusion> global = global();
    Map<Long, List<Exclusion>> windows = new LinkedHashMap<>();
    for (long issueId : issueIds) {
      windows.put(issueId, new ArrayList<>(global));
    }
    for (List<Long> chunk : Sql.chunks(new TreeSet<>(issueIds))) {
      for (Exclusion own :
          find(
              Query.select(COLUMNS)
                  .where("ISSUE_ID IN (" + Sql.placeholders(chunk.size()) + ")", chunk.toArray())
                  .order("START_AT"))) {
        windows.get(own.issueId()).add(own);
      }
    }
    // By start, as forIssue: the issue's own windows among the global ones.
    windows.values().forEach(list -> list.sort(BY_START));
    return windows;
  }

  private List<Exclusion> find(Query query) {
    List<Exclusion> found = new ArrayList<>();
    ao.stream(
        AoExclusion.class,
        query,
        row ->
            found.add(
                exclusion(
                    row.getID(),
                    row.getIssueId(),
                    new ExclusionWindow(
                        Instant.ofEpochMilli(row.getStartAt()),
                        Instant.ofEpochMilli(row.getEndAt()),
                        row.getReason()))));
    return found;
  }

  private static Exclusion exclusion(int rowId, long issueId, ExclusionWindow window) {
    String id = String.valueOf(rowId);
    return issueId == GLOBAL
        ? Exclusion.global(id, window)
        : Exclusion.forIssue(id, window, issueId);
  }
}

package org.slaclocks.jira.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.slaclocks.tracking.AuditLog;

/** The audit log in {@link AoAuditEntry}, paged newest first by id. */
public final class AoAuditLog implements AuditLog {
  private final ActiveObjects ao;

  public AoAuditLog(ActiveObjects ao) {
    this.ao = ao;
  }

  @Override
  public Entry append(Entry entry) {
    AoAuditEntry row =
        ao.create(
            AoAuditEntry.class,
            new DBParam("LOGGED_AT", entry.at().toEpochMilli()),
            new DBParam("ACTOR", entry.actor()),
            new DBParam("AUDIT_ACTION", entry.action()),
            new DBParam("SUBJECT", entry.subject()),
            new DBParam("BEFORE_DOC", entry.before()),
            new DBParam("AFTER_DOC", entry.after()),
            new DBParam("DETAILS", entry.details()));
    return new Entry(
        row.getID(),
        entry.at(),
        entry.actor(),
        entry.action(),
        entry.subject(),
        entry.before(),
        entry.after(),
        entry.details());
  }

  @Override
  public List<Entry> page(long beforeId, int limit) {
    List<Entry> entries = new ArrayList<>();
    ao.stream(
        AoAuditEntry.class,
        Query.select("ID,LOGGED_AT,ACTOR,AUDIT_ACTION,SUBJECT,BEFORE_DOC,AFTER_DOC,DETAILS")
            .where("ID < ?", beforeId)
            .order("ID DESC")
            .limit(limit),
        row ->
            entries.add(
                new Entry(
                    row.getID(),
                    Instant.ofEpochMilli(row.getLoggedAt()),
                    row.getActor(),
                    row.getAuditAction(),
                    row.getSubject(),
                    row.getBeforeDoc(),
                    row.getAfterDoc(),
                    row.getDetails())));
    return entries;
  }
}

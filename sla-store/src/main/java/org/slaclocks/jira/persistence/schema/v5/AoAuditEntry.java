package org.slaclocks.jira.persistence.schema.v5;

import net.java.ao.RawEntity;
import net.java.ao.schema.AutoIncrement;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.PrimaryKey;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** As model version 5 released it. Frozen: never edit. */
@Table("AUDIT_ENTRY")
public interface AoAuditEntry extends RawEntity<Long> {
  @AutoIncrement
  @NotNull
  @PrimaryKey("ID")
  long getID();

  /** Epoch millis. */
  @NotNull
  long getLoggedAt();

  void setLoggedAt(long loggedAt);

  @NotNull
  String getActor();

  void setActor(String actor);

  @NotNull
  String getAuditAction();

  void setAuditAction(String auditAction);

  @NotNull
  String getSubject();

  void setSubject(String subject);

  @StringLength(StringLength.UNLIMITED)
  String getBeforeDoc();

  void setBeforeDoc(String beforeDoc);

  @StringLength(StringLength.UNLIMITED)
  String getAfterDoc();

  void setAfterDoc(String afterDoc);

  @StringLength(StringLength.UNLIMITED)
  String getDetails();

  void setDetails(String details);
}

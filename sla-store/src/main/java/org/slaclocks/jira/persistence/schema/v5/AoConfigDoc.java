package org.slaclocks.jira.persistence.schema.v5;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** As model version 5 released it. Frozen: never edit. */
@Table("CONFIG_DOC")
public interface AoConfigDoc extends Entity {
  @NotNull
  @Indexed
  String getKind();

  void setKind(String kind);

  @NotNull
  @Indexed
  String getDocId();

  void setDocId(String docId);

  @NotNull
  int getVersion();

  void setVersion(int version);

  @NotNull
  @Unique
  String getVersionKey();

  void setVersionKey(String versionKey);

  @NotNull
  @Unique
  long getRevision();

  void setRevision(long revision);

  @NotNull
  String getAuthor();

  void setAuthor(String author);

  /** Epoch millis. */
  @NotNull
  long getSavedAt();

  void setSavedAt(long savedAt);

  /** Null for a deletion. */
  @StringLength(StringLength.UNLIMITED)
  String getDocJson();

  void setDocJson(String docJson);
}

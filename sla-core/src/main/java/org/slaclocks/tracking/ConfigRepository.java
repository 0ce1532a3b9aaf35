package org.slaclocks.tracking;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Versioned configuration documents (calendars, policies), kept as opaque JSON. Saving never
 * overwrites: it adds a version of the document and a new configuration revision. The revision is
 * one number for the whole configuration, increasing with every save; it is what {@link
 * IssueClocks#configVersion()} records, and {@link #snapshot} gives the configuration as of it.
 */
public interface ConfigRepository {

  /**
   * One version of a document. {@code version} counts the saves of this document (1, 2, ...);
   * {@code revision} is the configuration revision the save created. {@code json} is null for a
   * deletion.
   */
  record Document(
      String kind,
      String id,
      int version,
      long revision,
      String author,
      Instant savedAt,
      String json) {
    public Document {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(author, "author");
      Objects.requireNonNull(savedAt, "savedAt");
    }

    public boolean isDeleted() {
      return json == null;
    }
  }

  /**
   * Saves a new version of a document edited from version {@code basedOnVersion} (0 for a new
   * document).
   *
   * @return the saved version, or empty when the document has moved on from {@code basedOnVersion}
   *     (someone else saved it meanwhile)
   */
  Optional<Document> save(
      String kind, String id, int basedOnVersion, String json, String author, Instant at);

  /**
   * One change of a document edited from version {@code basedOnVersion} (0 for a new document): its
   * new JSON, or null to delete it.
   */
  record Change(String kind, String id, int basedOnVersion, String json) {
    public Change {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(id, "id");
    }
  }

  /**
   * Saves several changes as one: all of them or none. Each document gets its next version, the
   * changes consecutive revisions, and readers see either none of them or all (one transaction), so
   * that a configuration assembled from the documents is never half changed.
   *
   * @return the saved versions in the order of {@code changes}, or empty when any document has
   *     moved on from its {@code basedOnVersion} (nothing is saved then)
   */
  Optional<List<Document>> saveAll(List<Change> changes, String author, Instant at);

  /** Deletes a document (a new version without JSON); empty as for {@link #save}. */
  Optional<Document> delete(String kind, String id, int basedOnVersion, String author, Instant at);

  /** The latest version of a document, deleted or not; empty when it was never saved. */
  Optional<Document> latest(String kind, String id);

  /** Every version of a document, oldest first. */
  List<Document> history(String kind, String id);

  /** The documents in force at {@code revision}, deleted ones left out, by kind and id. */
  List<Document> snapshot(long revision);

  /** The newest revision, 0 before the first save. */
  long currentRevision();
}

package org.slaclocks.jira.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.java.ao.Query;
import org.slaclocks.tracking.ConfigRepository;

/**
 * Configuration documents in {@link AoConfigDoc}, one row per saved version. A save reads the
 * documents' latest versions and the newest revision, then inserts every row in one transaction;
 * the two unique columns make a concurrent save fail, after which it is either refused (a document
 * moved on) or retried with the next free revisions.
 */
public final class AoConfigRepository implements ConfigRepository {
  static final int KIND_LIMIT = 40;
  static final int ID_LIMIT = 150;
  private static final int SAVE_TRIES = 5;
  private static final String META = "ID,KIND,DOC_ID,VERSION,REVISION,AUTHOR,SAVED_AT";
  private static final String ALL = META + ",DOC_JSON";

  private final ActiveObjects ao;

  public AoConfigRepository(ActiveObjects ao) {
    this.ao = ao;
  }

  @Override
  public Optional<Document> save(
      String kind, String id, int basedOnVersion, String json, String author, Instant at) {
    if (json == null) {
      throw new IllegalArgumentException("json must not be null (delete removes a document)");
    }
    return write(kind, id, basedOnVersion, json, author, at);
  }

  @Override
  public Optional<Document> delete(
      String kind, String id, int basedOnVersion, String author, Instant at) {
    return write(kind, id, basedOnVersion, null, author, at);
  }

  private Optional<Document> write(
      String kind, String id, int basedOnVersion, String json, String author, Instant at) {
    return saveAll(List.of(new Change(kind, id, basedOnVersion, json)), author, at)
        .map(saved -> saved.get(0));
  }

  @Override
  public Optional<List<Document>> saveAll(List<Change> changes, String author, Instant at) {
    if (changes.isEmpty()) {
      throw new IllegalArgumentException("nothing to save");
    }
    Set<String> names = new HashSet<>();
    for (Change change : changes) {
      check(change.kind(), "kind", KIND_LIMIT);
      check(change.id(), "id", ID_LIMIT);
      if (!names.add(change.kind() + "/" + change.id())) {
        throw new IllegalArgumentException(
            "one save changes " + change.kind() + "/" + change.id() + " twice");
      }
    }
    check(author, "author", 255);
    RuntimeException last = null;
    for (int attempt = 1; attempt <= SAVE_TRIES; attempt++) {
      List<Document> documents = new ArrayList<>();
      long revision = currentRevision();
      for (Change change : changes) {
        int latest = latest(change.kind(), change.id()).map(Document::version).orElse(0);
        if (latest != change.basedOnVersion()) {
          return Optional.empty();
        }
        documents.add(
            new Document(
                change.kind(), change.id(), latest + 1, ++revision, author, at, change.json()));
      }
      List<Map<String, Object>> rows = documents.stream().map(AoConfigRepository::row).toList();
      try {
        ao.executeInTransaction(
            () -> {
              ao.create(AoConfigDoc.class, rows);
              return null;
            });
        return Optional.of(documents);
      } catch (RuntimeException e) {
        if (!Sql.isContention(e)) {
          throw e;
        }
        last = e; // a concurrent save took a version or a revision: look again
      }
    }
    throw last;
  }

  private static Map<String, Object> row(Document document) {
    Map<String, Object> row = new HashMap<>();
    row.put("KIND", document.kind());
    row.put("DOC_ID", document.id());
    row.put("VERSION", document.version());
    row.put("VERSION_KEY", document.kind() + "/" + document.id() + "/" + document.version());
    row.put("REVISION", document.revision());
    row.put("AUTHOR", document.author());
    row.put("SAVED_AT", document.savedAt().toEpochMilli());
    row.put("DOC_JSON", document.json());
    return row;
  }

  private static void check(String value, String name, int limit) {
    if (value == null || value.isBlank() || value.length() > limit) {
      throw new IllegalArgumentException(
          name + " must be 1 to " + limit + " characters, was " + value);
    }
  }

  @Override
  public Optional<Document> latest(String kind, String id) {
    List<Document> found =
        find(
            Query.select(ALL)
                .where("KIND = ? AND DOC_ID = ?", kind, id)
                .order("VERSION DESC")
                .limit(1));
    return found.stream().findFirst();
  }

  @Override
  public List<Document> history(String kind, String id) {
    return find(Query.select(ALL).where("KIND = ? AND DOC_ID = ?", kind, id).order("VERSION"));
  }

  @Override
  public List<Document> snapshot(long revision) {
    // Versions without their JSON first, then the JSON of the winners only.
    Map<String, Document> newest = new HashMap<>();
    ao.stream(
        AoConfigDoc.class,
        Query.select(META).where("REVISION <= ?", revision),
        row -> {
          Document document = document(row, null);
          newest.merge(
              document.kind() + "/" + document.id(),
              document,
              (a, b) -> a.version() >= b.version() ? a : b);
        });
    List<Long> revisions = newest.values().stream().map(Document::revision).toList();
    List<Document> documents = new ArrayList<>();
    for (List<Long> chunk : Sql.chunks(revisions)) {
      documents.addAll(
          find(
              Query.select(ALL)
                  .where(
                      "REVISION IN ("
                          + Sql.placeholders(chunk.size())
                          + ") AND DOC_JSON IS NOT NULL",
                      chunk.toArray())));
    }
    documents.sort(Comparator.comparing(Document::kind).thenComparing(Document::id));
    return documents;
  }

  @Override
  public long currentRevision() {
    long[] newest = {0};
    ao.stream(
        AoConfigDoc.class,
        Query.select("ID,REVISION").order("REVISION DESC").limit(1),
        row -> newest[0] = row.getRevision());
    return newest[0];
  }

  private List<Document> find(Query query) {
    List<Document> found = new ArrayList<>();
    ao.stream(AoConfigDoc.class, query, row -> found.add(document(row, row.getDocJson())));
    return found;
  }

  private static Document document(AoConfigDoc row, String json) {
    return new Document(
        row.getKind(),
        row.getDocId(),
        row.getVersion(),
        row.getRevision(),
        row.getAuthor(),
        Instant.ofEpochMilli(row.getSavedAt()),
        json);
  }
}

package org.slaclocks.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slaclocks.format.Json;
import org.slaclocks.tracking.AuditLog;
import org.slaclocks.tracking.ConfigRepository;

/**
 * Changes the SLA configuration as administrators do: one document at a time (a calendar, a policy,
 * the order, the agents, the settings), a whole policy file (import), or back to an earlier
 * revision. Every change is validated against the whole configuration it makes and stored only if
 * that configuration is valid; every change made is in the audit log with the document before and
 * after.
 *
 * <p>Two kinds of conflict. An administrator edits a document from the version they loaded: if
 * someone saved that document meanwhile, the save is refused ({@link Outcome.Conflict}) and nothing
 * is lost on their screen. Saves of different documents do not conflict; should another save land
 * between this one's validation and its write, the configuration they make together is validated
 * again, and if it is not valid this save is taken back and refused.
 *
 * <p>A configuration stored by an earlier build as one policy-file document ({@code
 * configuration/policies}) is read as its documents, and the first change stores them in its place.
 */
public final class ConfigurationEditor {
  /** The one document of earlier builds, kept whole. */
  public static final String LEGACY_KIND = "configuration";

  public static final String LEGACY_ID = "policies";

  private final ConfigRepository repository;
  private final AuditLog audit;
  private final Clock clock;

  public ConfigurationEditor(ConfigRepository repository, AuditLog audit, Clock clock) {
    this.repository = Objects.requireNonNull(repository, "repository");
    this.audit = Objects.requireNonNull(audit, "audit");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * A document as stored: its content, version (0 for one read from the legacy file), who saved it.
   */
  public record Stored(
      ConfigDocument document, int version, long revision, String author, java.time.Instant at) {}

  /** What a change did. */
  public sealed interface Outcome {
    /** Stored as revision {@code revision}; {@code documents} are the saved versions. */
    record Saved(long revision, List<Stored> documents) implements Outcome {}

    /** Refused: the configuration it would make is not valid; nothing was stored. */
    record Invalid(List<DocumentProblem> problems) implements Outcome {}

    /** Refused: a document moved on since it was loaded (or a concurrent save clashed). */
    record Conflict(String message) implements Outcome {}

    /** Nothing to do: the configuration already is what was asked. */
    record Unchanged(long revision) implements Outcome {}
  }

  /** The configuration in force: its revision and documents. */
  public record Current(long revision, List<Stored> documents) {
    public Optional<Stored> find(DocumentKind kind, String id) {
      return documents.stream()
          .filter(s -> s.document().kind() == kind && s.document().id().equals(id))
          .findFirst();
    }

    /** The documents' contents. */
    public List<ConfigDocument> contents() {
      return documents.stream().map(Stored::document).toList();
    }

    boolean legacy() {
      return documents.stream().anyMatch(s -> s.version() == 0);
    }
  }

  /** The documents in force now. */
  public Current current() {
    return at(repository.currentRevision());
  }

  /** The documents in force at {@code revision}. */
  public Current at(long revision) {
    return read(repository, revision);
  }

  /**
   * The documents in force at {@code revision} in {@code repository} (a configuration stored whole
   * by an earlier build read as its documents, each at version 0).
   *
   * @throws RuntimeException when a stored document cannot be read
   */
  public static Current read(ConfigRepository repository, long revision) {
    List<Stored> documents = new ArrayList<>();
    ConfigRepository.Document legacy = null;
    for (ConfigRepository.Document d : repository.snapshot(revision)) {
      if (d.kind().equals(LEGACY_KIND) && d.id().equals(LEGACY_ID)) {
        legacy = d;
        continue;
      }
      Optional<DocumentKind> kind = DocumentKind.of(d.kind());
      if (kind.isPresent()) {
        documents.add(
            new Stored(
                new ConfigDocument(kind.get(), d.id(), Json.parse(d.json(), d.kind())),
                d.version(),
                d.revision(),
                d.author(),
                d.savedAt()));
      }
    }
    if (documents.isEmpty() && legacy != null) {
      for (ConfigDocument part : ConfigurationFile.split(legacy.json())) {
        documents.add(new Stored(part, 0, legacy.revision(), legacy.author(), legacy.savedAt()));
      }
    }
    return new Current(revision, documents);
  }

  /**
   * The configuration the documents in force would make with {@code json} as the document {@code
   * kind}/{@code id} (a what-if): nothing is stored.
   *
   * @throws InvalidConfigurationException with every problem, as a save would give them
   */
  public org.slaclocks.policy.SlaConfiguration draft(DocumentKind kind, String id, JsonNode json) {
    Current current = current();
    ConfigDocument document = new ConfigDocument(kind, id, json);
    List<ConfigDocument> documents = new ArrayList<>();
    for (ConfigDocument d : current.contents()) {
      if (!d.name().equals(document.name())) {
        documents.add(d);
      }
    }
    documents.add(document);
    return ConfigurationFile.read(documents, current.revision());
  }

  /** Every version of a document, oldest first. */
  public List<ConfigRepository.Document> history(DocumentKind kind, String id) {
    return repository.history(kind.key(), id);
  }

  /** The configuration in force as a policy file (the export). */
  public ObjectNode exportFile() {
    Current current = current();
    return ConfigurationFile.assemble(current.contents(), current.revision());
  }

  /** Saves a document edited from {@code basedOnVersion} (0 for a new one). */
  public Outcome save(
      DocumentKind kind, String id, int basedOnVersion, JsonNode json, String author) {
    ConfigDocument document = new ConfigDocument(kind, id, json);
    return change(
        current(),
        Map.of(document.name(), new Edit(kind, id, basedOnVersion, document)),
        author,
        kind.key() + ".saved",
        null);
  }

  /** Deletes a document edited from {@code basedOnVersion}. */
  public Outcome delete(DocumentKind kind, String id, int basedOnVersion, String author) {
    return change(
        current(),
        Map.of(kind.key() + "/" + id, new Edit(kind, id, basedOnVersion, null)),
        author,
        kind.key() + ".deleted",
        null);
  }

  /**
   * Makes a policy file the configuration (the import): its documents replace those in force, and
   * documents it does not have are deleted, as one change. The file is read whole first.
   */
  public Outcome importFile(String policyFile, String author) {
    List<ConfigDocument> parts;
    try {
      parts = ConfigurationFile.split(policyFile);
    } catch (InvalidConfigurationException e) {
      return new Outcome.Invalid(e.problems());
    }
    return replaceAll(parts, author, "configuration.imported", "the policy file");
  }

  /** Makes the configuration in force at {@code revision} the current one again, as one change. */
  public Outcome revert(long revision, String author) {
    if (revision < 1 || revision > repository.currentRevision()) {
      return new Outcome.Invalid(
          List.of(
              new DocumentProblem(
                  null, null, "revision", "no configuration revision " + revision + " exists")));
    }
    return replaceAll(
        at(revision).contents(), author, "configuration.reverted", "revision " + revision);
  }

  private Outcome replaceAll(
      List<ConfigDocument> parts, String author, String action, String details) {
    Current current = current();
    Map<String, Edit> edits = new LinkedHashMap<>();
    for (ConfigDocument part : parts) {
      int version = current.find(part.kind(), part.id()).map(Stored::version).orElse(0);
      edits.put(part.name(), new Edit(part.kind(), part.id(), version, part));
    }
    for (Stored stored : current.documents()) {
      ConfigDocument d = stored.document();
      edits.putIfAbsent(d.name(), new Edit(d.kind(), d.id(), stored.version(), null));
    }
    return change(current, edits, author, action, details);
  }

  /** One document's change: its new content, or null to delete it. */
  private record Edit(DocumentKind kind, String id, int basedOnVersion, ConfigDocument document) {}

  /** Applies {@code edits} to {@code current}, the documents in force the edits were made to. */
  private Outcome change(
      Current current, Map<String, Edit> edits, String author, String action, String details) {
    List<ConfigDocument> after = new ArrayList<>();
    for (Stored stored : current.documents()) {
      if (!edits.containsKey(stored.document().name())) {
        after.add(stored.document());
      }
    }
    List<ConfigRepository.Change> changes = new ArrayList<>();
    for (Edit edit : edits.values()) {
      Optional<Stored> was = current.find(edit.kind(), edit.id());
      int version = was.map(Stored::version).orElse(0);
      if (!current.legacy() && version != edit.basedOnVersion()) {
        return conflict(edit, version);
      }
      if (edit.document() != null) {
        after.add(edit.document());
      } else if (was.isEmpty()) {
        continue; // deleting what is not there
      }
      boolean same =
          was.isPresent()
              && edit.document() != null
              && was.get().document().json().equals(edit.document().json())
              && was.get().version() > 0;
      if (!same) {
        changes.add(
            new ConfigRepository.Change(
                edit.kind().key(),
                edit.id(),
                version,
                edit.document() == null ? null : edit.document().json().toString()));
      }
    }
    try {
      ConfigurationFile.read(after, current.revision() + 1);
    } catch (InvalidConfigurationException e) {
      return new Outcome.Invalid(e.problems());
    }
    if (current.legacy()) {
      // The first change after an earlier build: every document is written, the file deleted.
      changes.clear();
      for (ConfigDocument d : after) {
        changes.add(
            new ConfigRepository.Change(
                d.kind().key(), d.id(), latestVersion(d), d.json().toString()));
      }
      repository
          .latest(LEGACY_KIND, LEGACY_ID)
          .filter(d -> !d.isDeleted())
          .ifPresent(
              d ->
                  changes.add(
                      new ConfigRepository.Change(LEGACY_KIND, LEGACY_ID, d.version(), null)));
    }
    if (changes.isEmpty()) {
      return new Outcome.Unchanged(current.revision());
    }
    java.time.Instant now = clock.instant();
    Optional<List<ConfigRepository.Document>> saved = repository.saveAll(changes, author, now);
    if (saved.isEmpty()) {
      return new Outcome.Conflict(
          "the configuration was changed by someone else while it was being saved; load it again");
    }
    long revision = saved.get().get(saved.get().size() - 1).revision();
    if (saved.get().get(0).revision() != current.revision() + 1 && !stillValid(revision)) {
      takeBack(saved.get(), current, author);
      return new Outcome.Conflict(
          "another change saved at the same moment makes this one invalid; load the configuration"
              + " again and repeat the change");
    }
    for (ConfigRepository.Document d : saved.get()) {
      if (d.kind().equals(LEGACY_KIND)) {
        continue;
      }
      String before =
          DocumentKind.of(d.kind())
              .flatMap(k -> current.find(k, d.id()))
              .map(s -> s.document().json().toString())
              .orElse(null);
      audit.append(
          AuditLog.Entry.of(
              now,
              author,
              action,
              d.kind() + "/" + d.id(),
              before,
              d.json(),
              details == null
                  ? "revision " + d.revision()
                  : details + ", revision " + d.revision()));
    }
    List<Stored> stored = new ArrayList<>();
    for (ConfigRepository.Document d : saved.get()) {
      DocumentKind.of(d.kind())
          .ifPresent(
              k ->
                  stored.add(
                      new Stored(
                          new ConfigDocument(
                              k,
                              d.id(),
                              d.json() == null
                                  ? Json.MAPPER.nullNode()
                                  : Json.parse(d.json(), d.kind())),
                          d.version(),
                          d.revision(),
                          d.author(),
                          d.savedAt())));
    }
    return new Outcome.Saved(revision, stored);
  }

  private int latestVersion(ConfigDocument d) {
    return repository
        .latest(d.kind().key(), d.id())
        .map(ConfigRepository.Document::version)
        .orElse(0);
  }

  private Outcome.Conflict conflict(Edit edit, int version) {
    String name = edit.kind().key() + " " + edit.id();
    return new Outcome.Conflict(
        version == 0
            ? name + " does not exist (any more)"
            : name
                + " was changed by someone else (it is at version "
                + version
                + ", this change was made to version "
                + edit.basedOnVersion()
                + "); load it again");
  }

  private boolean stillValid(long revision) {
    try {
      ConfigurationFile.read(at(revision).contents(), revision);
      return true;
    } catch (InvalidConfigurationException e) {
      return false;
    }
  }

  /** Restores what {@code saved} replaced, as a new change (the history keeps both). */
  private void takeBack(List<ConfigRepository.Document> saved, Current before, String author) {
    List<ConfigRepository.Change> undo = new ArrayList<>();
    for (ConfigRepository.Document d : saved) {
      String json =
          DocumentKind.of(d.kind())
              .flatMap(k -> before.find(k, d.id()))
              .map(s -> s.document().json().toString())
              .orElse(null);
      undo.add(new ConfigRepository.Change(d.kind(), d.id(), d.version(), json));
    }
    repository.saveAll(undo, author, clock.instant());
  }
}

package org.slaclocks.tracking;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** Who changed the configuration and who ran recalculations, when, and what changed. */
public interface AuditLog {

  /**
   * One audit entry: {@code action} says what happened ({@code "policy.saved"}, {@code
   * "recalculation.run"}), {@code subject} what it happened to; {@code before} and {@code after}
   * are the documents (or null), {@code details} free text ("412 issues, open issues only"). {@code
   * id} is assigned when stored (0 before).
   */
  record Entry(
      long id,
      Instant at,
      String actor,
      String action,
      String subject,
      String before,
      String after,
      String details) {
    public Entry {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(actor, "actor");
      Objects.requireNonNull(action, "action");
      Objects.requireNonNull(subject, "subject");
    }

    public static Entry of(
        Instant at,
        String actor,
        String action,
        String subject,
        String before,
        String after,
        String details) {
      return new Entry(0, at, actor, action, subject, before, after, details);
    }
  }

  /** Appends an entry; returns it with its id. */
  Entry append(Entry entry);

  /** Newest first: up to {@code limit} entries with an id below {@code beforeId}. */
  List<Entry> page(long beforeId, int limit);
}

package org.slaclocks.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/** One configuration document: its kind, its id and its content (a JSON object). */
public record ConfigDocument(DocumentKind kind, String id, JsonNode json) {
  public ConfigDocument {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(json, "json");
    if (kind.isSingle() && !id.equals(DocumentKind.SINGLE)) {
      throw new IllegalArgumentException(
          "a " + kind.key() + " document's id is " + DocumentKind.SINGLE + ", not " + id);
    }
  }

  /** {@code kind/id}, as documents are named in messages and keys. */
  public String name() {
    return kind.key() + "/" + id;
  }
}

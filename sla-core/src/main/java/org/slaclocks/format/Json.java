package org.slaclocks.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.slaclocks.validation.Problem;
import org.slaclocks.validation.ValidationException;

/** The one JSON mapper of the file formats, and syntax errors turned into located problems. */
public final class Json {
  /** Thread-safe once configured; shared by all readers and writers. */
  public static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private Json() {}

  /**
   * Parses JSON text; a syntax error becomes a {@link ValidationException} with line and column.
   */
  public static JsonNode parse(String json, String what) {
    try {
      JsonNode node = MAPPER.readTree(json);
      if (node == null || node.isMissingNode()) {
        throw ValidationException.of(what, new Problem("", "the input is empty"));
      }
      return node;
    } catch (JsonProcessingException e) {
      String where =
          e.getLocation() == null
              ? ""
              : " at line "
                  + e.getLocation().getLineNr()
                  + ", column "
                  + e.getLocation().getColumnNr();
      throw ValidationException.of(
          what, new Problem("", "malformed JSON" + where + ": " + e.getOriginalMessage()));
    }
  }
}

package org.slaclocks.format;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slaclocks.validation.Problems;

/** Typed reads from a JSON tree that record a located problem instead of throwing. */
final class JsonReader {
  private final Problems problems;

  JsonReader(Problems problems) {
    this.problems = problems;
  }

  Problems problems() {
    return problems;
  }

  void problem(String path, String message) {
    problems.add(path, message);
  }

  /** Reports keys of {@code node} not in {@code allowed}. */
  void onlyKeys(JsonNode node, String path, Set<String> allowed, String what) {
    for (String key : (Iterable<String>) node::fieldNames) {
      if (!allowed.contains(key)) {
        problem(
            join(path, key),
            "unknown key; "
                + what
                + " has "
                + String.join(", ", allowed.stream().sorted().toList()));
      }
    }
  }

  String text(JsonNode node, String path, String key, boolean required) {
    JsonNode value = node.get(key);
    if (value == null || value.isNull()) {
      if (required) {
        problem(join(path, key), "required");
      }
      return null;
    }
    if (!value.isTextual()) {
      problem(join(path, key), "must be a string");
      return null;
    }
    if (required && value.asText().isBlank()) {
      problem(join(path, key), "must not be empty");
      return null;
    }
    return value.asText();
  }

  boolean bool(JsonNode node, String path, String key, boolean otherwise) {
    JsonNode value = node.get(key);
    if (value == null || value.isNull()) {
      return otherwise;
    }
    if (!value.isBoolean()) {
      problem(join(path, key), "must be true or false");
      return otherwise;
    }
    return value.asBoolean();
  }

  /** A list of strings; null (with a problem) when malformed, empty when absent. */
  List<String> strings(JsonNode node, String path, String key) {
    JsonNode value = node.get(key);
    if (value == null || value.isNull()) {
      return List.of();
    }
    return strings(value, join(path, key));
  }

  List<String> strings(JsonNode value, String path) {
    if (!value.isArray()) {
      problem(path, "must be an array of strings");
      return null;
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < value.size(); i++) {
      if (!value.get(i).isTextual()) {
        problem(path + "[" + i + "]", "must be a string");
      } else {
        out.add(value.get(i).asText());
      }
    }
    return out;
  }

  Set<String> stringSet(JsonNode node, String path, String key) {
    List<String> list = strings(node, path, key);
    return list == null ? Set.of() : new LinkedHashSet<>(list);
  }

  /** An object whose values are arrays of strings. */
  Map<String, Set<String>> stringSets(JsonNode node, String path, String key) {
    JsonNode value = node.get(key);
    Map<String, Set<String>> out = new LinkedHashMap<>();
    if (value == null || value.isNull()) {
      return out;
    }
    if (!value.isObject()) {
      problem(join(path, key), "must be an object of arrays of strings");
      return out;
    }
    for (Map.Entry<String, JsonNode> e : value.properties()) {
      List<String> list = strings(e.getValue(), join(path, key) + "." + e.getKey());
      if (list != null) {
        out.put(e.getKey(), new LinkedHashSet<>(list));
      }
    }
    return out;
  }

  /** An object whose values are strings. */
  Map<String, String> stringMap(JsonNode value, String path) {
    Map<String, String> out = new LinkedHashMap<>();
    if (value == null || value.isNull()) {
      return out;
    }
    if (!value.isObject()) {
      problem(path, "must be an object of strings");
      return out;
    }
    for (Map.Entry<String, JsonNode> e : value.properties()) {
      if (!e.getValue().isTextual()) {
        problem(path + "." + e.getKey(), "must be a string");
      } else {
        out.put(e.getKey(), e.getValue().asText());
      }
    }
    return out;
  }

  /** The array at {@code key}, or an empty one; a problem when it is not an array. */
  List<JsonNode> array(JsonNode node, String path, String key, boolean required) {
    JsonNode value = node.get(key);
    if (value == null || value.isNull()) {
      if (required) {
        problem(join(path, key), "required");
      }
      return List.of();
    }
    if (!value.isArray()) {
      problem(join(path, key), "must be an array");
      return List.of();
    }
    List<JsonNode> out = new ArrayList<>();
    value.forEach(out::add);
    return out;
  }

  static String join(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }
}

package org.slaclocks.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slaclocks.format.Json;
import org.slaclocks.format.PolicyJson;
import org.slaclocks.policy.SlaConfiguration;
import org.slaclocks.validation.Problem;
import org.slaclocks.validation.ValidationException;

/**
 * The policy file and the documents it is kept as: {@link #split} cuts a file into documents (an
 * import), {@link #assemble} puts documents together into a file (an export, and what is
 * validated), and {@link #read} reads documents as a configuration, every problem located in the
 * document it is in.
 *
 * <p>Policies are ordered by the {@link DocumentKind#POLICY_ORDER} document; a policy it does not
 * name comes after those it names, by id, and a name without a policy is passed over (a deleted
 * policy leaves the order valid). Calendars are written by name.
 */
public final class ConfigurationFile {
  private static final Pattern INDEXED = Pattern.compile("^(calendars|policies)\\[(\\d+)](.*)$");

  private ConfigurationFile() {}

  /**
   * The documents of a policy file, after reading it whole (an invalid file is refused with every
   * problem, located in the document each would be in).
   */
  public static List<ConfigDocument> split(String policyFile) {
    JsonNode root;
    try {
      root = Json.parse(policyFile, "policy file");
      PolicyJson.read(root);
    } catch (ValidationException e) {
      throw new InvalidConfigurationException(
          e.problems().stream().map(p -> fileProblem(p, null, null)).toList());
    }
    List<ConfigDocument> documents = new ArrayList<>();
    for (JsonNode calendar : root.path("calendars")) {
      documents.add(
          new ConfigDocument(DocumentKind.CALENDAR, calendar.get("name").asText(), calendar));
    }
    ArrayNode order = JsonNodeFactory.instance.arrayNode();
    for (JsonNode policy : root.path("policies")) {
      String id = policy.get("id").asText();
      documents.add(new ConfigDocument(DocumentKind.POLICY, id, policy));
      order.add(id);
    }
    ObjectNode orderDoc = JsonNodeFactory.instance.objectNode();
    orderDoc.set("order", order);
    documents.add(new ConfigDocument(DocumentKind.POLICY_ORDER, DocumentKind.SINGLE, orderDoc));
    if (root.has("agents")) {
      documents.add(
          new ConfigDocument(DocumentKind.AGENTS, DocumentKind.SINGLE, root.get("agents")));
    }
    ObjectNode settings = JsonNodeFactory.instance.objectNode();
    for (String key : List.of("groups", "customFields", "exclusions")) {
      if (root.has(key)) {
        settings.set(key, root.get(key));
      }
    }
    if (!settings.isEmpty()) {
      documents.add(new ConfigDocument(DocumentKind.SETTINGS, DocumentKind.SINGLE, settings));
    }
    return documents;
  }

  /** The documents as one policy file with this {@code version} (the configuration revision). */
  public static ObjectNode assemble(Collection<ConfigDocument> documents, long version) {
    return new Assembly(documents, version).file;
  }

  /**
   * The documents as a configuration of this {@code version}; refused with every problem, each in
   * its document (a policy naming a calendar nobody has is a problem of that policy).
   */
  public static SlaConfiguration read(Collection<ConfigDocument> documents, long version) {
    Assembly assembly = new Assembly(documents, version);
    List<DocumentProblem> problems = new ArrayList<>(assembly.problems);
    SlaConfiguration config = null;
    try {
      config = PolicyJson.read(assembly.file);
    } catch (ValidationException e) {
      for (Problem p : e.problems()) {
        problems.add(fileProblem(p, assembly.calendars, assembly.policies));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidConfigurationException(problems);
    }
    return config;
  }

  /** A problem of the file, located in the document its path falls in. */
  private static DocumentProblem fileProblem(
      Problem problem, List<String> calendars, List<String> policies) {
    String path = problem.path();
    Matcher m = INDEXED.matcher(path);
    if (m.matches()) {
      boolean calendar = m.group(1).equals("calendars");
      List<String> ids = calendar ? calendars : policies;
      int index = Integer.parseInt(m.group(2));
      String rest = m.group(3).startsWith(".") ? m.group(3).substring(1) : m.group(3);
      if (ids != null && index < ids.size()) {
        return new DocumentProblem(
            calendar ? DocumentKind.CALENDAR : DocumentKind.POLICY,
            ids.get(index),
            rest,
            problem.message());
      }
      return new DocumentProblem(null, null, path, problem.message());
    }
    for (DocumentKind kind : List.of(DocumentKind.AGENTS, DocumentKind.SETTINGS)) {
      for (String key : topKeys(kind)) {
        if (path.equals(key) || path.startsWith(key + ".") || path.startsWith(key + "[")) {
          String inside = kind == DocumentKind.AGENTS ? path.substring(key.length()) : path;
          inside = inside.startsWith(".") ? inside.substring(1) : inside;
          return new DocumentProblem(kind, DocumentKind.SINGLE, inside, problem.message());
        }
      }
    }
    return new DocumentProblem(null, null, path, problem.message());
  }

  private static List<String> topKeys(DocumentKind kind) {
    return kind == DocumentKind.AGENTS
        ? List.of("agents")
        : List.of("groups", "customFields", "exclusions");
  }

  /** Documents put together as a file, with what each array position came from. */
  private static final class Assembly {
    final ObjectNode file = JsonNodeFactory.instance.objectNode();
    final List<String> calendars = new ArrayList<>();
    final List<String> policies = new ArrayList<>();
    final List<DocumentProblem> problems = new ArrayList<>();

    Assembly(Collection<ConfigDocument> documents, long version) {
      file.put("version", version);
      Map<String, JsonNode> calendarDocs = new LinkedHashMap<>();
      Map<String, JsonNode> policyDocs = new LinkedHashMap<>();
      JsonNode order = null;
      JsonNode agents = null;
      JsonNode settings = null;
      List<ConfigDocument> sorted = new ArrayList<>(documents);
      sorted.sort(Comparator.comparing(ConfigDocument::id));
      for (ConfigDocument d : sorted) {
        switch (d.kind()) {
          case CALENDAR -> calendarDocs.put(d.id(), named(d, "name"));
          case POLICY -> policyDocs.put(d.id(), named(d, "id"));
          case POLICY_ORDER -> order = d.json();
          case AGENTS -> agents = d.json();
          case SETTINGS -> settings = d.json();
        }
      }
      ArrayNode calendarArray = file.putArray("calendars");
      calendarDocs.forEach(
          (id, json) -> {
            calendars.add(id);
            calendarArray.add(json);
          });
      if (agents != null) {
        file.set("agents", agents);
      }
      if (settings != null) {
        if (!settings.isObject()) {
          problems.add(
              new DocumentProblem(
                  DocumentKind.SETTINGS, DocumentKind.SINGLE, "", "must be a JSON object"));
        } else {
          for (Map.Entry<String, JsonNode> e : settings.properties()) {
            if (topKeys(DocumentKind.SETTINGS).contains(e.getKey())) {
              file.set(e.getKey(), e.getValue());
            } else {
              problems.add(
                  new DocumentProblem(
                      DocumentKind.SETTINGS,
                      DocumentKind.SINGLE,
                      e.getKey(),
                      "unknown key; settings have groups, customFields and exclusions"));
            }
          }
        }
      }
      ArrayNode policyArray = file.putArray("policies");
      for (String id : order(order, policyDocs.keySet())) {
        policies.add(id);
        policyArray.add(policyDocs.get(id));
      }
    }

    /** The document's JSON, checked to name itself as its id says. */
    private JsonNode named(ConfigDocument d, String key) {
      JsonNode json = d.json();
      if (!json.isObject()) {
        problems.add(new DocumentProblem(d.kind(), d.id(), "", "must be a JSON object"));
        return json;
      }
      JsonNode name = json.get(key);
      if (name == null || !name.isTextual() || !name.asText().equals(d.id())) {
        problems.add(
            new DocumentProblem(
                d.kind(),
                d.id(),
                key,
                "must be \""
                    + d.id()
                    + "\", the "
                    + d.kind().key()
                    + "'s "
                    + key
                    + " it is saved under (to rename it, create it under the new "
                    + key
                    + " and delete the old one)"));
      }
      return json;
    }

    /** The policy ids in order: those the order names, then the others by id. */
    private List<String> order(JsonNode order, Set<String> ids) {
      List<String> out = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      if (order != null) {
        JsonNode list = order.isObject() ? order.get("order") : null;
        if (list == null || !list.isArray()) {
          problems.add(
              new DocumentProblem(
                  DocumentKind.POLICY_ORDER,
                  DocumentKind.SINGLE,
                  "order",
                  "must be a list of policy ids, first match first"));
        } else {
          for (int i = 0; i < list.size(); i++) {
            String id = list.get(i).asText();
            if (!seen.add(id)) {
              problems.add(
                  new DocumentProblem(
                      DocumentKind.POLICY_ORDER,
                      DocumentKind.SINGLE,
                      "order[" + i + "]",
                      "policy '" + id + "' is listed twice"));
            } else if (ids.contains(id)) {
              out.add(id);
            }
          }
        }
      }
      ids.stream().filter(id -> !seen.contains(id)).sorted().forEach(out::add);
      return out;
    }
  }

  /** The document of {@code kind} and {@code id} among {@code documents}. */
  public static Optional<ConfigDocument> find(
      Collection<ConfigDocument> documents, DocumentKind kind, String id) {
    return documents.stream().filter(d -> d.kind() == kind && d.id().equals(id)).findFirst();
  }
}

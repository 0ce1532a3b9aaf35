package org.slaclocks.history;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Canonical names of the system fields the engine understands, and how Jira spells them. */
public final class FieldNames {
  public static final String PROJECT = "project";
  public static final String ISSUE_TYPE = "issuetype";
  public static final String STATUS = "status";
  public static final String PRIORITY = "priority";
  public static final String RESOLUTION = "resolution";
  public static final String ASSIGNEE = "assignee";
  public static final String REPORTER = "reporter";
  public static final String LABELS = "labels";
  public static final String COMPONENTS = "components";
  public static final String FIX_VERSIONS = "fixVersions";

  /** Spellings seen in Jira change logs (REST {@code field}, ChangeItemBean) for system fields. */
  private static final Map<String, String> ALIASES =
      Map.ofEntries(
          Map.entry("project", PROJECT),
          Map.entry("issuetype", ISSUE_TYPE),
          Map.entry("issue type", ISSUE_TYPE),
          Map.entry("status", STATUS),
          Map.entry("priority", PRIORITY),
          Map.entry("resolution", RESOLUTION),
          Map.entry("assignee", ASSIGNEE),
          Map.entry("reporter", REPORTER),
          Map.entry("labels", LABELS),
          Map.entry("component", COMPONENTS),
          Map.entry("components", COMPONENTS),
          Map.entry("fix version", FIX_VERSIONS),
          Map.entry("fixversions", FIX_VERSIONS));

  private static final Set<String> MULTI_VALUED = Set.of(COMPONENTS, FIX_VERSIONS);

  private FieldNames() {}

  /** Answers already given: the engine asks for the same few field names millions of times. */
  private static final ConcurrentMap<String, String> CANONICAL = new ConcurrentHashMap<>();

  /** The canonical name of a system field; any other (custom) field name is kept as it is. */
  public static String canonical(String field) {
    String known = CANONICAL.get(field);
    if (known != null) {
      return known;
    }
    String alias = ALIASES.get(field.toLowerCase(Locale.ROOT));
    String answer = alias != null ? alias : field;
    if (CANONICAL.size() < 10_000) { // field names are few; never grow without bound
      CANONICAL.put(field, answer);
    }
    return answer;
  }

  /** Fields whose change items add or remove one value each (components, fix versions). */
  public static boolean isMultiValued(String canonicalField) {
    return MULTI_VALUED.contains(canonicalField);
  }
}

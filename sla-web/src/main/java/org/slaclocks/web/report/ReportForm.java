package org.slaclocks.web.report;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slaclocks.report.Period;
import org.slaclocks.web.i18n.Messages;

/**
 * What a report page, a statement, a CSV download or a gadget was asked for, read from the
 * request's parameters: {@code from} and {@code to} (days, both included; default the previous
 * month and this one up to today), {@code zone} (of the days and weeks; default the viewer's),
 * {@code project} (repeated; default every project the viewer may browse), {@code filter}, {@code
 * by} (priority, policy or a field's name), {@code limit} (about to breach, 1 to 200, default 20),
 * {@code customer}, {@code policy} and {@code lang} (the statement's language, en or nl). Each bad
 * value is a problem named by its parameter, in the viewer's language.
 */
public record ReportForm(
    LocalDate from,
    LocalDate to,
    ZoneId zone,
    List<String> projects,
    String filter,
    String by,
    int limit,
    String customer,
    String policy,
    Locale language,
    Map<String, String> problems) {
  public static final int MAX_LIMIT = 200;

  public ReportForm {
    projects = List.copyOf(projects);
    problems = Map.copyOf(problems);
  }

  /** Reads the parameters; {@code today} is in the viewer's zone. */
  public static ReportForm parse(
      Map<String, String[]> parameters,
      ZoneId viewerZone,
      Locale viewerLocale,
      LocalDate today,
      Messages m) {
    Map<String, String> problems = new LinkedHashMap<>();
    ZoneId zone = viewerZone;
    String zoneText = one(parameters, "zone");
    if (zoneText != null) {
      try {
        zone = ZoneId.of(zoneText);
      } catch (DateTimeException e) {
        problems.put("zone", m.text("report.problem.zone", zoneText));
      }
    }
    LocalDate from = date(parameters, "from", today.withDayOfMonth(1).minusMonths(1), problems, m);
    LocalDate to = date(parameters, "to", today, problems, m);
    if (from != null && to != null && to.isBefore(from)) {
      problems.put("to", m.text("report.problem.order", to, from));
    }
    int limit = 20;
    String limitText = one(parameters, "limit");
    if (limitText != null) {
      try {
        limit = Integer.parseInt(limitText.trim());
        if (limit < 1 || limit > MAX_LIMIT) {
          problems.put("limit", m.text("report.problem.limit", limitText, MAX_LIMIT));
          limit = 20;
        }
      } catch (NumberFormatException e) {
        problems.put("limit", m.text("report.problem.limit", limitText, MAX_LIMIT));
      }
    }
    List<String> projects = new ArrayList<>();
    String[] chosen = parameters.get("project");
    if (chosen != null) {
      for (String p : chosen) {
        if (p != null && !p.isBlank() && !projects.contains(p.trim())) {
          projects.add(p.trim());
        }
      }
    }
    Locale language = viewerLocale;
    String lang = one(parameters, "lang");
    if (lang != null) {
      if (lang.equals("en") || lang.equals("nl")) {
        language = Locale.forLanguageTag(lang);
      } else {
        problems.put("lang", m.text("report.problem.language", lang));
      }
    }
    return new ReportForm(
        from == null ? today : from,
        to == null ? today : to,
        zone,
        projects,
        one(parameters, "filter"),
        one(parameters, "by"),
        limit,
        one(parameters, "customer"),
        one(parameters, "policy"),
        language,
        problems);
  }

  private static LocalDate date(
      Map<String, String[]> parameters,
      String name,
      LocalDate otherwise,
      Map<String, String> problems,
      Messages m) {
    String text = one(parameters, name);
    if (text == null) {
      return otherwise;
    }
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      problems.put(name, m.text("report.problem.date", text));
      return null;
    }
  }

  /** A parameter's first value, null when absent or blank. */
  private static String one(Map<String, String[]> parameters, String name) {
    String[] values = parameters.get(name);
    if (values == null || values.length == 0 || values[0] == null || values[0].isBlank()) {
      return null;
    }
    return values[0].trim();
  }

  public boolean isValid() {
    return problems.isEmpty();
  }

  /** The days from {@code from} to {@code to} included, in {@code zone}. */
  public Period period() {
    return Period.ofDays(from, to.plusDays(1), zone);
  }

  /** The query string that asks for this form again (without a leading {@code ?}). */
  public String query() {
    StringBuilder b = new StringBuilder();
    add(b, "from", from.toString());
    add(b, "to", to.toString());
    add(b, "zone", zone.getId());
    projects.forEach(p -> add(b, "project", p));
    add(b, "filter", filter);
    add(b, "by", by);
    add(b, "limit", limit == 20 ? null : Integer.toString(limit));
    add(b, "customer", customer);
    add(b, "policy", policy);
    return b.toString();
  }

  /** {@link #query()} with the statement's language. */
  public String statementQuery() {
    StringBuilder b = new StringBuilder(query());
    add(b, "lang", language.getLanguage());
    return b.toString();
  }

  private static void add(StringBuilder b, String name, String value) {
    if (value == null) {
      return;
    }
    if (b.length() > 0) {
      b.append('&');
    }
    b.append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
  }
}

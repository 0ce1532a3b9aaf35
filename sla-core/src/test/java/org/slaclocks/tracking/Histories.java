package org.slaclocks.tracking;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slaclocks.history.ChangeGroup;
import org.slaclocks.history.IssueChange;
import org.slaclocks.history.IssueHistory;
import org.slaclocks.history.UserRef;

/**
 * Readable issue histories for tests: {@code created(at("Mon 09:00")).comment(customer, at("Mon
 * 10:00"))...}. Times are Amsterdam local times in the week of Monday 5 January 2026 ("Mon 09:00",
 * "Tue 17:30"); "Mon+1 09:00" is a week later.
 */
public final class Histories {
  public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
  public static final LocalDate MONDAY = LocalDate.of(2026, 1, 5);
  public static final String CUSTOMER = "alice.acme";
  public static final String AGENT = "agent.anna";
  public static final String OTHER_AGENT = "agent.bart";

  private final long id;
  private final String key;
  private final Instant created;
  private final Map<String, String> fields = new LinkedHashMap<>();
  private final List<ChangeGroup> groups = new ArrayList<>();

  private Histories(long id, String key, Instant created) {
    this.id = id;
    this.key = key;
    this.created = created;
    fields.put("project", key.substring(0, key.indexOf('-')));
    fields.put("issuetype", "Incident");
    fields.put("status", "Open");
    fields.put("priority", "Medium");
    fields.put("reporter", CUSTOMER);
  }

  /** "Mon 09:00", "Fri 16:30", "Mon+1 09:00" (a week later), in Amsterdam, week of 5 Jan 2026. */
  public static Instant at(String text) {
    String[] parts = text.split(" ");
    String day = parts[0];
    int weeks = 0;
    if (day.contains("+")) {
      weeks = Integer.parseInt(day.substring(day.indexOf('+') + 1));
      day = day.substring(0, day.indexOf('+'));
    }
    DayOfWeek dow = DayOfWeek.valueOf(dayName(day));
    LocalDate date = MONDAY.plusWeeks(weeks).with(TemporalAdjusters.nextOrSame(dow));
    return date.atTime(LocalTime.parse(parts[1])).atZone(ZONE).toInstant();
  }

  private static String dayName(String abbreviation) {
    for (DayOfWeek d : DayOfWeek.values()) {
      if (d.name().substring(0, 3).equalsIgnoreCase(abbreviation)) {
        return d.name();
      }
    }
    throw new IllegalArgumentException("unknown day " + abbreviation);
  }

  public static Histories created(Instant at) {
    return new Histories(10_001, "HELP-1", at);
  }

  public static Histories created(String key, Instant at) {
    return new Histories(10_000 + Long.parseLong(key.substring(key.indexOf('-') + 1)), key, at);
  }

  /** A field's value at creation ({@code null} leaves it empty). */
  public Histories with(String field, String value) {
    if (value == null) {
      fields.remove(field);
    } else {
      fields.put(field, value);
    }
    return this;
  }

  public Histories comment(String author, Instant at) {
    return group(at, author, new IssueChange.CommentAdded(UserRef.of(author), false));
  }

  /** A comment with a visibility restriction (internal). */
  public Histories internalComment(String author, Instant at) {
    return group(at, author, new IssueChange.CommentAdded(UserRef.of(author), true));
  }

  public Histories change(Instant at, String author, String field, String from, String to) {
    return group(at, author, new IssueChange.FieldChange(field, from, to));
  }

  public Histories status(Instant at, String from, String to) {
    return change(at, AGENT, "status", from, to);
  }

  /** A transition that sets status and resolution in one change group. */
  public Histories resolve(Instant at, String from, String resolution) {
    return group(
        at,
        AGENT,
        new IssueChange.FieldChange("status", from, "Resolved"),
        new IssueChange.FieldChange("resolution", null, resolution));
  }

  /** Reopening: status back to Open and the resolution cleared, in one change group. */
  public Histories reopen(Instant at, String resolution) {
    return group(
        at,
        CUSTOMER,
        new IssueChange.FieldChange("status", "Resolved", "Open"),
        new IssueChange.FieldChange("resolution", resolution, null));
  }

  public Histories group(Instant at, String author, IssueChange... items) {
    groups.add(ChangeGroup.of(at, UserRef.of(author), items));
    return this;
  }

  public IssueHistory build() {
    return new IssueHistory(
        id, key, created, UserRef.of(fields.getOrDefault("reporter", CUSTOMER)), fields, groups);
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}

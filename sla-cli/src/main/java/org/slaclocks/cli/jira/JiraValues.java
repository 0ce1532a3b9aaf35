package org.slaclocks.cli.jira;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slaclocks.history.UserRef;

/** How Jira's REST API writes instants, users and field values, turned into plain values. */
final class JiraValues {
  /**
   * Jira writes {@code 2010-07-21T15:12:31.977+0200}; other tools and Cloud write {@code +02:00} or
   * {@code Z}. The offset is required: an instant without one would depend on a guessed zone.
   */
  private static final DateTimeFormatter TIMESTAMP =
      new DateTimeFormatterBuilder()
          .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
          .optionalStart()
          .appendOffset("+HH:MM", "Z")
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HHMM", "Z")
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HH", "Z")
          .optionalEnd()
          .toFormatter(Locale.ROOT);

  private JiraValues() {}

  /** The instant of a Jira timestamp; fails with a message that quotes the text. */
  static Instant instant(String text) {
    Instant usual = usualInstant(text);
    if (usual != null) {
      return usual;
    }
    try {
      return OffsetDateTime.from(TIMESTAMP.parse(text)).toInstant();
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          "'"
              + text
              + "' is not a Jira timestamp with an offset, such as 2010-07-21T15:12:31.977+0200",
          e);
    }
  }

  /**
   * Jira's own form, {@code 2010-07-21T15:12:31.977+0200} (or {@code +02:00}, {@code Z}), read
   * without the general formatter, which takes most of an export's mapping time; null for anything
   * else, which the formatter then reads (and explains when it cannot).
   */
  private static Instant usualInstant(String t) {
    if (t.length() < 24
        || t.charAt(4) != '-'
        || t.charAt(7) != '-'
        || t.charAt(10) != 'T'
        || t.charAt(13) != ':'
        || t.charAt(16) != ':'
        || t.charAt(19) != '.') {
      return null;
    }
    int year = digits(t, 0, 4);
    int month = digits(t, 5, 2);
    int day = digits(t, 8, 2);
    int hour = digits(t, 11, 2);
    int minute = digits(t, 14, 2);
    int second = digits(t, 17, 2);
    int milli = digits(t, 20, 3);
    if ((year | month | day | hour | minute | second | milli) < 0) {
      return null;
    }
    int offsetSeconds;
    int rest = t.length() - 23;
    if (rest == 1 && t.charAt(23) == 'Z') {
      offsetSeconds = 0;
    } else if ((rest == 5 || (rest == 6 && t.charAt(26) == ':'))
        && (t.charAt(23) == '+' || t.charAt(23) == '-')) {
      int hours = digits(t, 24, 2);
      int minutes = digits(t, rest == 5 ? 26 : 27, 2);
      if (hours < 0 || minutes < 0 || hours > 18 || minutes > 59) {
        return null;
      }
      offsetSeconds = (t.charAt(23) == '-' ? -1 : 1) * (hours * 3600 + minutes * 60);
    } else {
      return null;
    }
    try {
      return LocalDateTime.of(year, month, day, hour, minute, second, milli * 1_000_000)
          .toInstant(ZoneOffset.ofTotalSeconds(offsetSeconds));
    } catch (DateTimeException e) {
      return null;
    }
  }

  /**
   * The number written by {@code length} ASCII digits at {@code from}; -1 if one is not a digit.
   */
  private static int digits(String text, int from, int length) {
    int value = 0;
    for (int i = from; i < from + length; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /** A text member, or null when it is missing, null or not text. */
  static String text(JsonNode node, String member) {
    JsonNode value = node == null ? null : node.get(member);
    return value != null && value.isValueNode() && !value.isNull() ? value.asText() : null;
  }

  /** The id of a user object: the name on Server, else the key, else the Cloud account id. */
  static String userId(JsonNode user) {
    if (user == null || !user.isObject()) {
      return null;
    }
    for (String member : List.of("name", "key", "accountId")) {
      String id = text(user, member);
      if (id != null && !id.isEmpty()) {
        return id;
      }
    }
    return null;
  }

  /** The user a history or comment names; {@link UserRef#UNKNOWN} when it names nobody. */
  static UserRef user(JsonNode user) {
    String id = userId(user);
    return id == null ? UserRef.UNKNOWN : new UserRef(id, text(user, "displayName"));
  }

  /**
   * A field value as one string: text and numbers as they are, an option by its value, a user by
   * display name (as change items show it), a project or version by name; arrays comma-joined. Null
   * for an empty value.
   */
  static String fieldText(JsonNode value) {
    if (value == null || value.isNull() || value.isMissingNode()) {
      return null;
    }
    if (value.isArray()) {
      List<String> parts = new ArrayList<>();
      value.forEach(
          element -> {
            String part = fieldText(element);
            if (part != null) {
              parts.add(part);
            }
          });
      return parts.isEmpty() ? null : String.join(",", parts);
    }
    if (value.isIntegralNumber()) {
      return value.bigIntegerValue().toString();
    }
    if (value.isNumber()) {
      BigDecimal number = value.decimalValue().stripTrailingZeros();
      return number.scale() <= 0 ? number.toBigInteger().toString() : number.toPlainString();
    }
    if (value.isValueNode()) {
      String text = value.asText();
      return text.isEmpty() ? null : text;
    }
    for (String member : List.of("value", "displayName", "name", "key", "accountId", "id")) {
      String text = text(value, member);
      if (text != null && !text.isEmpty()) {
        JsonNode child = value.get("child");
        String childText = member.equals("value") ? text(child, "value") : null;
        return childText == null ? text : text + " - " + childText;
      }
    }
    return null;
  }
}

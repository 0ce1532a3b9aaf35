package org.slaclocks.history;

import java.util.Locale;
import java.util.Objects;

/**
 * One item of a Jira change group as Jira records it, whichever way it was read (the app's {@code
 * ChangeItemBean}, an export's {@code changelog.histories[].items[]}): the adapters only translate
 * their item into this one, and {@link IssueRecord#toHistory} alone decides what it means.
 *
 * @param field the field as Jira names it ({@code status}, {@code Component}, {@code Key}, a custom
 *     field's display name)
 * @param fieldType {@code jira} for a system field, {@code custom} for a custom field
 * @param from Jira's stored value before the change: an id for status, priority, resolution and
 *     issue type, a user key (or account id) for user fields; null when Jira gave none
 * @param fromText the value before, as people read it (Jira's {@code fromString})
 * @param to Jira's stored value after the change, as {@code from}
 * @param toText the value after, as people read it (Jira's {@code toString})
 */
public record ChangeItem(
    String field, String fieldType, String from, String fromText, String to, String toText) {
  public static final String SYSTEM = "jira";
  public static final String CUSTOM = "custom";

  /** Empty strings become null: Jira writes both for "no value". */
  public ChangeItem {
    Objects.requireNonNull(field, "field");
    from = emptyToNull(from);
    fromText = emptyToNull(fromText);
    to = emptyToNull(to);
    toText = emptyToNull(toText);
  }

  /** An item of a system field. */
  public static ChangeItem system(
      String field, String from, String fromText, String to, String toText) {
    return new ChangeItem(field, SYSTEM, from, fromText, to, toText);
  }

  /** An item of a custom field, which Jira records by its text only. */
  public static ChangeItem custom(String field, String fromText, String toText) {
    return new ChangeItem(field, CUSTOM, null, fromText, null, toText);
  }

  public boolean isCustom() {
    return fieldType != null && fieldType.toLowerCase(Locale.ROOT).equals(CUSTOM);
  }

  /** A copy naming the field otherwise (a custom field the caller knows by another name). */
  public ChangeItem withField(String name) {
    return new ChangeItem(name, fieldType, from, fromText, to, toText);
  }

  private static String emptyToNull(String value) {
    return value == null || value.isEmpty() ? null : value;
  }
}

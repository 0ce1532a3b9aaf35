package org.slaclocks.jira.history;

import com.atlassian.jira.issue.customfields.option.Option;
import com.atlassian.jira.user.ApplicationUser;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * A custom field's current value as the text its change items show: an option by its value, a
 * cascading select as "parent - child", a user by key, numbers without trailing zeros, several
 * values comma-joined.
 */
final class FieldValues {
  private FieldValues() {}

  static String text(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Option option) {
      return emptyToNull(option.getValue());
    }
    if (value instanceof ApplicationUser user) {
      return user.getKey();
    }
    if (value instanceof Map<?, ?> cascading) {
      // Jira's cascading select: the parent option under key null, the child under "1".
      String parent = text(cascading.get(null));
      String child = text(cascading.get("1"));
      return parent == null ? child : child == null ? parent : parent + " - " + child;
    }
    if (value instanceof Collection<?> values) {
      List<String> parts = new ArrayList<>();
      for (Object element : values) {
        String part = text(element);
        if (part != null) {
          parts.add(part);
        }
      }
      return parts.isEmpty() ? null : String.join(",", parts);
    }
    if (value instanceof Number number) {
      BigDecimal decimal = new BigDecimal(number.toString()).stripTrailingZeros();
      return decimal.scale() <= 0 ? decimal.toBigInteger().toString() : decimal.toPlainString();
    }
    if (value instanceof Date date) {
      return date.toInstant().toString();
    }
    return emptyToNull(value.toString());
  }

  private static String emptyToNull(String text) {
    return text == null || text.isEmpty() ? null : text;
  }
}

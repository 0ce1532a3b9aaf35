package org.slaclocks.report;

import java.util.Objects;
import java.util.function.Function;
import org.slaclocks.history.FieldNames;

/**
 * What a compliance report is broken down by: nothing, the policy, or the value of a field when the
 * cycle started (priority, an organisation or customer field, a team field). Cycles without a value
 * go to {@link #NO_VALUE}.
 */
public record Dimension(String name, Function<ReportCycle, String> value) {
  public static final String NO_VALUE = "(none)";
  public static final Dimension NONE = new Dimension("", c -> "");
  public static final Dimension POLICY = new Dimension("policy", ReportCycle::policyId);

  public Dimension {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
  }

  /** The value of {@code field} (priority, or a custom field's name) at the cycle's start. */
  public static Dimension field(String field) {
    String canonical = FieldNames.canonical(field);
    return new Dimension(field, c -> valueOr(c.field(canonical)));
  }

  /** {@code policy}, or a field name. */
  public static Dimension parse(String text) {
    return text.equals("policy") ? POLICY : field(text);
  }

  String of(ReportCycle cycle) {
    return valueOr(value.apply(cycle));
  }

  private static String valueOr(String value) {
    return value == null || value.isEmpty() ? NO_VALUE : value;
  }
}

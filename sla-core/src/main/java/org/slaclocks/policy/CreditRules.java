package org.slaclocks.policy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A policy's service credits: what a customer is owed for a period in which the promises were not
 * kept, as a share of the monthly fee or as fixed amounts, up to a cap.
 *
 * <p>Invariants: {@code customerField} names the field that says whose issue it is; fees and
 * amounts are not negative; when a rule or the cap is a share of the fee, a fee is known ({@code
 * monthlyFee} for every customer, or {@code fees} per customer).
 *
 * @param currency printed beside amounts ("EUR"); may be empty
 * @param monthlyFee the fee of a customer not in {@code fees}; may be null
 * @param fees monthly fees by customer (the value of {@code customerField})
 * @param cap at most this credit for one period; may be null (no cap)
 */
public record CreditRules(
    String currency,
    String customerField,
    BigDecimal monthlyFee,
    Map<String, BigDecimal> fees,
    List<Rule> rules,
    Amount cap) {
  public static final CreditRules NONE = new CreditRules("", "", null, Map.of(), List.of(), null);

  public CreditRules {
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(customerField, "customerField");
    fees = Map.copyOf(fees);
    rules = List.copyOf(rules);
  }

  /** An amount: a fixed sum, or a share of the monthly fee; exactly one is set. */
  public record Amount(BigDecimal fixed, BigDecimal percentOfFee) {
    public Amount {
      if ((fixed == null) == (percentOfFee == null)) {
        throw new IllegalArgumentException("an amount is fixed or a share of the fee, one of both");
      }
    }

    public boolean isShareOfFee() {
      return percentOfFee != null;
    }
  }

  /**
   * One rule: when a metric's compliance over the period is below {@code complianceBelow} percent
   * (a compliance rule), or for every breach (a per-breach rule, {@code complianceBelow} null), the
   * customer earns {@code credit}. {@code metricId} null means each metric of the policy on its
   * own; {@code priorities}, when not empty, limits per-breach rules to cycles that started with
   * one of these priorities.
   */
  public record Rule(
      String metricId, BigDecimal complianceBelow, Set<String> priorities, Amount credit) {
    public Rule {
      Objects.requireNonNull(credit, "credit");
      priorities = Set.copyOf(priorities);
    }

    public boolean isPerBreach() {
      return complianceBelow == null;
    }
  }

  public boolean isEmpty() {
    return rules.isEmpty();
  }

  /** The monthly fee of {@code customer}: its own, else the common one; null when neither. */
  public BigDecimal feeOf(String customer) {
    BigDecimal own = fees.get(customer);
    return own != null ? own : monthlyFee;
  }
}

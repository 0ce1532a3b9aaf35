package org.slaclocks.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.slaclocks.clock.Cycle;
import org.slaclocks.history.FieldNames;
import org.slaclocks.policy.CreditRules;
import org.slaclocks.policy.Durations;
import org.slaclocks.policy.GoalRow;
import org.slaclocks.policy.Metric;
import org.slaclocks.policy.SlaPolicy;

/**
 * What one customer was promised under one policy over a period and what it got: each metric's
 * goals and result, every breach with its overrun (working time past the goal: at the stop, or at
 * now for a cycle still open), and the service credit the policy's rules grant, capped. A customer
 * is the value of the policy's {@code customerField} when the cycle started.
 *
 * <p>Amounts are rounded to cents (half up) per rule; the cap applies to their sum.
 */
public record CustomerStatement(
    String customer,
    SlaPolicy policy,
    Period period,
    BigDecimal monthlyFee,
    List<MetricResult> metrics,
    List<Breach> breaches,
    List<CreditLine> credits,
    BigDecimal earned,
    BigDecimal cap,
    BigDecimal credit) {

  /**
   * A metric's goals (as the period's cycles had them, else as the policy lists them) and counts.
   */
  public record MetricResult(Metric metric, List<GoalShown> goals, ComplianceCounts counts) {}

  /**
   * A goal as a statement shows it: its target and, when the period's cycles had it, the label of
   * the goal row that chose it ({@code priority Highest}, {@code any issue}); null when taken from
   * the policy because no cycle counted.
   */
  public record GoalShown(Duration target, String label) {
    public GoalShown {
      Objects.requireNonNull(target, "target");
    }

    /** {@code 4h (priority Highest)}, or {@code 4h}. */
    public String describe() {
      return label == null
          ? Durations.format(target)
          : Durations.format(target) + " (" + label + ")";
    }
  }

  /** One breach: {@code stop} is null for a cycle still open. */
  public record Breach(
      String issueKey,
      String metricId,
      Duration goal,
      Instant breachAt,
      Instant stop,
      Duration overrun,
      String priority) {}

  /** What one rule gave: {@code description} says why, in words. */
  public record CreditLine(
      CreditRules.Rule rule, String metricId, String description, BigDecimal amount) {}

  /**
   * The statement of {@code customer} under {@code policy}: {@code cycles} may hold any cycles,
   * those of other policies and customers are left out.
   */
  public static CustomerStatement of(
      String customer, SlaPolicy policy, Period period, Iterable<ReportCycle> cycles) {
    CreditRules rules = policy.credits();
    String field = FieldNames.canonical(rules.customerField());
    List<ReportCycle> mine = new ArrayList<>();
    for (ReportCycle c : cycles) {
      if (c.policyId().equals(policy.id()) && customer.equals(c.field(field))) {
        mine.add(c);
      }
    }
    List<MetricResult> metrics = new ArrayList<>();
    List<Breach> breaches = new ArrayList<>();
    for (Metric metric : policy.metrics()) {
      ComplianceCounts counts = ComplianceCounts.NONE;
      Set<String> issues = new java.util.HashSet<>();
      Set<GoalShown> goals = new LinkedHashSet<>();
      for (ReportCycle c : mine) {
        if (!c.metricId().equals(metric.id())) {
          continue;
        }
        ComplianceCounts one = ComplianceCounts.of(c.cycle(), period);
        if (one.isEmpty()) {
          continue;
        }
        counts = counts.plus(one);
        issues.add(c.issueKey());
        goals.add(new GoalShown(c.cycle().goal().target(), c.cycle().goal().label()));
        if (ComplianceCounts.isBreachIn(c.cycle(), period)) {
          Cycle cycle = c.cycle();
          breaches.add(
              new Breach(
                  c.issueKey(),
                  metric.id(),
                  cycle.goal().target(),
                  cycle.breachAt(),
                  cycle.stop(),
                  cycle.elapsed().minus(cycle.goal().target()),
                  c.field(FieldNames.PRIORITY)));
        }
      }
      if (goals.isEmpty()) {
        for (GoalRow row : metric.goals()) {
          goals.add(new GoalShown(row.target(), null));
        }
      }
      // shortest goal first, whatever order the cycles came in: a statement reads the same
      // whichever database or export its cycles came from
      List<GoalShown> shown = new ArrayList<>(goals);
      shown.sort(
          Comparator.comparing(GoalShown::target)
              .thenComparing(GoalShown::label, Comparator.nullsFirst(Comparator.naturalOrder())));
      metrics.add(new MetricResult(metric, List.copyOf(shown), counts.withIssues(issues.size())));
    }
    breaches.sort(
        Comparator.comparing(Breach::breachAt)
            .thenComparing(Breach::issueKey)
            .thenComparing(Breach::metricId));
    BigDecimal fee = rules.feeOf(customer);
    List<CreditLine> lines = new ArrayList<>();
    for (CreditRules.Rule rule : rules.rules()) {
      for (MetricResult result : metrics) {
        if (rule.metricId() == null || rule.metricId().equals(result.metric().id())) {
          CreditLine line = apply(rule, result, breaches, fee, customer, rules.currency());
          if (line != null) {
            lines.add(line);
          }
        }
      }
    }
    BigDecimal earned =
        lines.stream().map(CreditLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    earned = cents(earned);
    BigDecimal cap = rules.cap() == null ? null : amount(rules.cap(), fee, customer);
    BigDecimal credit = cap != null && earned.compareTo(cap) > 0 ? cap : earned;
    return new CustomerStatement(
        customer, policy, period, fee, metrics, breaches, lines, earned, cap, credit);
  }

  private static CreditLine apply(
      CreditRules.Rule rule,
      MetricResult result,
      List<Breach> breaches,
      BigDecimal fee,
      String customer,
      String currency) {
    String metric = result.metric().name();
    BigDecimal each = amount(rule.credit(), fee, customer);
    if (rule.isPerBreach()) {
      long count =
          breaches.stream()
              .filter(b -> b.metricId().equals(result.metric().id()))
              .filter(
                  b ->
                      rule.priorities().isEmpty()
                          || b.priority() != null && rule.priorities().contains(b.priority()))
              .count();
      if (count == 0) {
        return null;
      }
      String which =
          rule.priorities().isEmpty() ? "" : " (priority " + String.join(", ", sorted(rule)) + ")";
      return new CreditLine(
          rule,
          result.metric().id(),
          count
              + (count == 1 ? " breach" : " breaches")
              + " of "
              + metric
              + which
              + " x "
              + describe(rule.credit(), each, currency),
          cents(each.multiply(BigDecimal.valueOf(count))));
    }
    Double ratio = result.counts().complianceRatio();
    if (ratio == null || BigDecimal.valueOf(ratio * 100).compareTo(rule.complianceBelow()) >= 0) {
      return null;
    }
    return new CreditLine(
        rule,
        result.metric().id(),
        metric
            + " compliance "
            + result.counts().compliancePercent()
            + "% is below "
            + rule.complianceBelow().stripTrailingZeros().toPlainString()
            + "%: "
            + describe(rule.credit(), each, currency),
        each);
  }

  private static List<String> sorted(CreditRules.Rule rule) {
    return rule.priorities().stream().sorted().toList();
  }

  private static String describe(CreditRules.Amount amount, BigDecimal value, String currency) {
    String money = (currency.isEmpty() ? "" : currency + " ") + value.toPlainString();
    return amount.isShareOfFee()
        ? amount.percentOfFee().stripTrailingZeros().toPlainString() + "% of the fee, " + money
        : money;
  }

  private static BigDecimal amount(CreditRules.Amount amount, BigDecimal fee, String customer) {
    if (!amount.isShareOfFee()) {
      return cents(amount.fixed());
    }
    if (fee == null) {
      throw new IllegalArgumentException(
          "customer '"
              + customer
              + "' has no monthly fee: give it under credits.fees, or give credits.monthlyFee");
    }
    return cents(fee.multiply(amount.percentOfFee()).divide(BigDecimal.valueOf(100)));
  }

  private static BigDecimal cents(BigDecimal value) {
    return value.setScale(2, RoundingMode.HALF_UP);
  }
}

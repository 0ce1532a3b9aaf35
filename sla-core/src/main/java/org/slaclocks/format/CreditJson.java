package org.slaclocks.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.slaclocks.policy.CreditRules;

/** A policy's {@code credits}: the service credits a customer earns, in the policy file. */
final class CreditJson {
  private static final Set<String> CREDITS =
      Set.of("customerField", "currency", "monthlyFee", "fees", "rules", "cap");
  private static final Set<String> RULE =
      Set.of("metric", "complianceBelow", "perBreach", "priorities", "amount", "percentOfFee");
  private static final Set<String> AMOUNT = Set.of("amount", "percentOfFee");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private CreditJson() {}

  /**
   * The policy's credits; {@link CreditRules#NONE} when it has none, null when they are invalid
   * (the problems are recorded). {@code metricIds} are the policy's metrics, which rules may name.
   */
  static CreditRules read(
      JsonReader in, JsonNode policy, String policyPath, List<String> metricIds) {
    JsonNode node = policy.get("credits");
    if (node == null || node.isNull()) {
      return CreditRules.NONE;
    }
    String path = policyPath + ".credits";
    if (!node.isObject()) {
      in.problem(path, "must be an object with customerField and rules");
      return null;
    }
    int before = in.problems().list().size();
    in.onlyKeys(node, path, CREDITS, "credits");
    String customerField = in.text(node, path, "customerField", true);
    String currency = in.text(node, path, "currency", false);
    BigDecimal monthlyFee = money(in, node.get("monthlyFee"), path + ".monthlyFee");
    Map<String, BigDecimal> fees = new LinkedHashMap<>();
    JsonNode feeNode = node.get("fees");
    if (feeNode != null && !feeNode.isNull()) {
      if (!feeNode.isObject()) {
        in.problem(path + ".fees", "must be an object: each customer's monthly fee");
      } else {
        for (Map.Entry<String, JsonNode> e : feeNode.properties()) {
          BigDecimal fee = money(in, e.getValue(), path + ".fees." + e.getKey());
          if (fee != null) {
            fees.put(e.getKey(), fee);
          }
        }
      }
    }
    List<JsonNode> ruleNodes = in.array(node, path, "rules", true);
    if (node.has("rules") && node.get("rules").isArray() && ruleNodes.isEmpty()) {
      in.problem(path + ".rules", "give at least one rule, or leave credits out");
    }
    List<CreditRules.Rule> rules = new ArrayList<>();
    for (int i = 0; i < ruleNodes.size(); i++) {
      rules.add(rule(in, ruleNodes.get(i), path + ".rules[" + i + "]", metricIds));
    }
    CreditRules.Amount cap = null;
    JsonNode capNode = node.get("cap");
    if (capNode != null && !capNode.isNull()) {
      if (!capNode.isObject()) {
        in.problem(path + ".cap", "must be an object: {\"percentOfFee\": 30} or {\"amount\": 500}");
      } else {
        in.onlyKeys(capNode, path + ".cap", AMOUNT, "a cap");
        cap = amount(in, capNode, path + ".cap");
      }
    }
    boolean shareOfFee =
        (cap != null && cap.isShareOfFee())
            || rules.stream().anyMatch(r -> r != null && r.credit().isShareOfFee());
    if (shareOfFee && monthlyFee == null && fees.isEmpty()) {
      in.problem(
          path + ".monthlyFee",
          "a rule or the cap is a share of the monthly fee: give monthlyFee, or fees per customer");
    }
    if (in.problems().list().size() > before) {
      return null;
    }
    return new CreditRules(
        currency == null ? "" : currency, customerField, monthlyFee, fees, rules, cap);
  }

  private static CreditRules.Rule rule(
      JsonReader in, JsonNode node, String path, List<String> metricIds) {
    if (!node.isObject()) {
      in.problem(path, "a rule must be an object");
      return null;
    }
    in.onlyKeys(node, path, RULE, "a credit rule");
    String metric = in.text(node, path, "metric", false);
    if (metric != null && !metricIds.contains(metric)) {
      in.problem(
          path + ".metric",
          "unknown metric '" + metric + "'; this policy has " + String.join(", ", metricIds));
    }
    BigDecimal below = null;
    boolean perBreach = false;
    if (node.has("complianceBelow") == node.has("perBreach")) {
      in.problem(
          path,
          "say when the credit is earned: \"complianceBelow\": 99.5 (percent met over the period)"
              + " or \"perBreach\": true, one of both");
    } else if (node.has("complianceBelow")) {
      below = percent(in, node.get("complianceBelow"), path + ".complianceBelow");
    } else {
      JsonNode value = node.get("perBreach");
      if (!value.isBoolean() || !value.asBoolean()) {
        in.problem(
            path + ".perBreach", "must be true; for a rule on compliance use complianceBelow");
      } else {
        perBreach = true;
      }
    }
    List<String> priorities = in.strings(node, path, "priorities");
    if (node.has("priorities") && node.has("complianceBelow")) {
      in.problem(
          path + ".priorities",
          "only a per-breach rule is limited to priorities; compliance is over every cycle");
    }
    CreditRules.Amount credit = amount(in, node, path);
    if ((below == null && !perBreach) || priorities == null || credit == null) {
      return null;
    }
    return new CreditRules.Rule(metric, below, new LinkedHashSet<>(priorities), credit);
  }

  private static CreditRules.Amount amount(JsonReader in, JsonNode node, String path) {
    if (node.has("amount") == node.has("percentOfFee")) {
      in.problem(
          path,
          "give the credit as \"amount\": 25 (a fixed sum) or \"percentOfFee\": 5 (of the monthly"
              + " fee), one of both");
      return null;
    }
    if (node.has("amount")) {
      BigDecimal fixed = money(in, node.get("amount"), path + ".amount");
      return fixed == null ? null : new CreditRules.Amount(fixed, null);
    }
    BigDecimal share = percent(in, node.get("percentOfFee"), path + ".percentOfFee");
    return share == null ? null : new CreditRules.Amount(null, share);
  }

  /** A sum of money: a number, zero or more; null when absent or invalid. */
  private static BigDecimal money(JsonReader in, JsonNode value, String path) {
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isNumber() || value.decimalValue().signum() < 0) {
      in.problem(path, "must be a number, zero or more (in the policy's currency)");
      return null;
    }
    return value.decimalValue();
  }

  /** A percentage: a number above 0 and at most 100. */
  private static BigDecimal percent(JsonReader in, JsonNode value, String path) {
    if (!value.isNumber()
        || value.decimalValue().signum() <= 0
        || value.decimalValue().compareTo(HUNDRED) > 0) {
      in.problem(path, "must be a percentage: a number above 0 and at most 100, was " + value);
      return null;
    }
    return value.decimalValue();
  }

  /** The credits as the policy file writes them; nothing when the policy has none. */
  static void write(CreditRules credits, ObjectNode policy) {
    if (credits.isEmpty()) {
      return;
    }
    ObjectNode out = policy.putObject("credits");
    out.put("customerField", credits.customerField());
    if (!credits.currency().isEmpty()) {
      out.put("currency", credits.currency());
    }
    if (credits.monthlyFee() != null) {
      out.put("monthlyFee", credits.monthlyFee());
    }
    if (!credits.fees().isEmpty()) {
      ObjectNode fees = out.putObject("fees");
      new TreeMap<>(credits.fees()).forEach(fees::put);
    }
    ArrayNode rules = out.putArray("rules");
    for (CreditRules.Rule rule : credits.rules()) {
      ObjectNode r = rules.addObject();
      if (rule.metricId() != null) {
        r.put("metric", rule.metricId());
      }
      if (rule.isPerBreach()) {
        r.put("perBreach", true);
      } else {
        r.put("complianceBelow", rule.complianceBelow());
      }
      if (!rule.priorities().isEmpty()) {
        ScopeJson.strings(r.putArray("priorities"), rule.priorities());
      }
      write(rule.credit(), r);
    }
    if (credits.cap() != null) {
      write(credits.cap(), out.putObject("cap"));
    }
  }

  private static void write(CreditRules.Amount amount, ObjectNode out) {
    if (amount.isShareOfFee()) {
      out.put("percentOfFee", amount.percentOfFee());
    } else {
      out.put("amount", amount.fixed());
    }
  }
}

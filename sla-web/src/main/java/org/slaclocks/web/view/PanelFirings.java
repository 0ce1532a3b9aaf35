package org.slaclocks.web.view;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slaclocks.policy.AlertRule;
import org.slaclocks.policy.Metric;
import org.slaclocks.policy.SlaConfiguration;
import org.slaclocks.policy.SlaPolicy;
import org.slaclocks.tracking.TriggerLedger;

/** Builds the panel's {@link FiringView}s of one metric from the ledger's rows. */
final class PanelFirings {
  private PanelFirings() {}

  /**
   * The firings of {@code metricId} (of policy {@code policyId}), in the ledger's order (by due
   * instant); rules are looked up in the configuration in force, and a firing whose rule has since
   * been removed still shows its id.
   */
  static List<FiringView> of(
      List<TriggerLedger.Firing> firings,
      String policyId,
      String metricId,
      SlaConfiguration config,
      Texts t) {
    Map<String, AlertRule> rules = rules(config, policyId, metricId);
    List<FiringView> out = new ArrayList<>();
    for (TriggerLedger.Firing firing : firings) {
      if (firing.metricId().equals(metricId)) {
        out.add(firing(firing, rules, t));
      }
    }
    return out;
  }

  static FiringView firing(TriggerLedger.Firing firing, Map<String, AlertRule> rules, Texts t) {
    String triggerId = firing.triggerId();
    int hash = triggerId.indexOf('#');
    String ruleId = hash < 0 ? triggerId : triggerId.substring(0, hash);
    int occurrence = 1;
    if (hash >= 0) {
      try {
        occurrence = Integer.parseInt(triggerId.substring(hash + 1));
      } catch (NumberFormatException e) {
        occurrence = 1;
      }
    }
    AlertRule rule = rules.get(ruleId);
    String what;
    String ruleText;
    if (rule == null) {
      what = t.text("firing.what.removed", ruleId);
      ruleText = "";
    } else {
      what =
          rule.kind() == AlertRule.Kind.REMINDER
              ? t.text("firing.what.reminder", ruleId)
              : t.text("firing.what.escalation", rule.level(), ruleId);
      ruleText = AlertMail.threshold(rule, t.messages());
    }
    if (occurrence > 1) {
      what = t.text("firing.what.repeat", what, occurrence);
    }
    String state = firing.state().name().toLowerCase(Locale.ROOT);
    return new FiringView(
        triggerId,
        what,
        ruleText,
        firing.dueAt().toString(),
        t.instant(firing.dueAt()),
        state,
        stateText(firing, t),
        lines(firing.outcome()));
  }

  private static String stateText(TriggerLedger.Firing firing, Texts t) {
    return switch (firing.state()) {
      case RETRY ->
          firing.nextAttemptAt() == null
              ? t.text("firing.state.RETRY.soon", firing.attempts())
              : t.text("firing.state.RETRY", t.instant(firing.nextAttemptAt()), firing.attempts());
      default -> t.text("firing.state." + firing.state().name());
    };
  }

  private static List<String> lines(String outcome) {
    return Arrays.stream(outcome.split("\\R"))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  private static Map<String, AlertRule> rules(
      SlaConfiguration config, String policyId, String metricId) {
    Map<String, AlertRule> rules = new HashMap<>();
    for (SlaPolicy policy : config.policies()) {
      if (!policy.id().equals(policyId)) {
        continue;
      }
      for (Metric metric : policy.metrics()) {
        if (metric.id().equals(metricId)) {
          metric.alerts().forEach(rule -> rules.put(rule.id(), rule));
        }
      }
    }
    return rules;
  }
}

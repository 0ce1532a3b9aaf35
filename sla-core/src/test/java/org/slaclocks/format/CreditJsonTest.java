package org.slaclocks.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slaclocks.policy.CreditRules;
import org.slaclocks.policy.SlaConfiguration;
import org.slaclocks.validation.Problem;
import org.slaclocks.validation.ValidationException;

/** A policy's service credits in the policy file. */
class CreditJsonTest {
  static final String FILE =
      """
      {"calendars": [{"name": "24/7", "zone": "UTC", "hours": "24/7"}],
       "policies": [{"id": "p", "name": "P",
         "metrics": [{"id": "ttr", "name": "Time to resolution", "template": "resolution",
                      "goals": [{"target": "8h", "calendar": "24/7"}]},
                     {"id": "ttfr", "name": "Time to first response", "template": "first-response",
                      "goals": [{"target": "1h", "calendar": "24/7"}]}],
         "credits": {"customerField": "Organization", "currency": "EUR", "monthlyFee": 2000,
                     "fees": {"Acme Corp": 5000},
                     "rules": [{"metric": "ttr", "complianceBelow": 99.5, "percentOfFee": 5},
                               {"metric": "ttfr", "perBreach": true, "amount": 25},
                               {"perBreach": true, "priorities": ["Highest"], "percentOfFee": 1}],
                     "cap": {"percentOfFee": 30}}}]}
      """;

  @Test
  void readsTheRulesFeesAndCap() {
    CreditRules credits = PolicyJson.parse(FILE).policies().get(0).credits();

    assertThat(credits.customerField()).isEqualTo("Organization");
    assertThat(credits.currency()).isEqualTo("EUR");
    assertThat(credits.feeOf("Acme Corp")).isEqualByComparingTo("5000");
    assertThat(credits.feeOf("Globex")).isEqualByComparingTo("2000");
    assertThat(credits.rules()).hasSize(3);
    CreditRules.Rule compliance = credits.rules().get(0);
    assertThat(compliance.metricId()).isEqualTo("ttr");
    assertThat(compliance.complianceBelow()).isEqualByComparingTo("99.5");
    assertThat(compliance.credit().percentOfFee()).isEqualByComparingTo("5");
    CreditRules.Rule perBreach = credits.rules().get(1);
    assertThat(perBreach.isPerBreach()).isTrue();
    assertThat(perBreach.credit().fixed()).isEqualByComparingTo("25");
    assertThat(credits.rules().get(2).metricId()).isNull();
    assertThat(credits.rules().get(2).priorities()).isEqualTo(Set.of("Highest"));
    assertThat(credits.cap().percentOfFee()).isEqualByComparingTo(new BigDecimal("30"));
  }

  @Test
  void aPolicyWithoutCreditsHasNone() {
    String json = FILE.replaceAll("(?s),\\s*\"credits\".*\"cap\": \\{\"percentOfFee\": 30}}", "");

    assertThat(json).doesNotContain("credits");
    assertThat(PolicyJson.parse(json).policies().get(0).credits()).isEqualTo(CreditRules.NONE);
  }

  @Test
  void writesWhatItReads() {
    SlaConfiguration config = PolicyJson.parse(FILE);

    SlaConfiguration again = PolicyJson.read(PolicyJson.write(config));

    assertThat(again.policies().get(0).credits()).isEqualTo(config.policies().get(0).credits());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
          # what is wrong             | replace                                  | with                                  | problem
          not an object               | "credits": {"customerField"              | "credits": [], "x": {"customerField"  | policies[0].credits: must be an object with customerField and rules
          no customer field           | "customerField": "Organization",         | ,                                     | policies[0].credits.customerField: required
          unknown key                 | "currency": "EUR"                        | "money": "EUR"                        | policies[0].credits.money: unknown key; credits has cap, currency, customerField, fees, monthlyFee, rules
          negative fee                | "monthlyFee": 2000                       | "monthlyFee": -1                      | policies[0].credits.monthlyFee: must be a number, zero or more
          fee as text                 | "Acme Corp": 5000                        | "Acme Corp": "5000 EUR"               | policies[0].credits.fees.Acme Corp: must be a number, zero or more
          fees not an object          | "fees": {"Acme Corp": 5000}              | "fees": [5000]                        | policies[0].credits.fees: must be an object: each customer's monthly fee
          no rules                    | "rules": [{"metric": "ttr"               | "rules": [], "r": [{"metric": "ttr"   | policies[0].credits.rules: give at least one rule, or leave credits out
          unknown metric              | "metric": "ttr", "complianceBelow"       | "metric": "ttx", "complianceBelow"    | policies[0].credits.rules[0].metric: unknown metric 'ttx'; this policy has ttr, ttfr
          neither when                | "complianceBelow": 99.5,                 | ,                                     | policies[0].credits.rules[0]: say when the credit is earned
          both whens                  | "complianceBelow": 99.5,                 | "complianceBelow": 99.5, "perBreach": true, | policies[0].credits.rules[0]: say when the credit is earned
          compliance over 100         | "complianceBelow": 99.5                  | "complianceBelow": 101                | policies[0].credits.rules[0].complianceBelow: must be a percentage: a number above 0 and at most 100, was 101
          compliance as text          | "complianceBelow": 99.5                  | "complianceBelow": "99.5%"            | policies[0].credits.rules[0].complianceBelow: must be a percentage
          per breach false            | "perBreach": true, "amount"              | "perBreach": false, "amount"          | policies[0].credits.rules[1].perBreach: must be true
          no amount                   | "amount": 25                             | "credit": 25                          | policies[0].credits.rules[1]: give the credit as "amount": 25 (a fixed sum) or "percentOfFee": 5
          amount and share            | "amount": 25                             | "amount": 25, "percentOfFee": 1       | policies[0].credits.rules[1]: give the credit as
          share of zero               | "priorities": ["Highest"], "percentOfFee": 1 | "percentOfFee": 0                 | policies[0].credits.rules[2].percentOfFee: must be a percentage
          priorities on compliance    | "complianceBelow": 99.5,                 | "complianceBelow": 99.5, "priorities": ["High"], | policies[0].credits.rules[0].priorities: only a per-breach rule is limited to priorities
          priorities not strings      | "priorities": ["Highest"]                | "priorities": [1]                     | policies[0].credits.rules[2].priorities[0]: must be a string
          cap not an object           | "cap": {"percentOfFee": 30}              | "cap": 30                             | policies[0].credits.cap: must be an object
          cap unknown key             | "cap": {"percentOfFee": 30}              | "cap": {"percent": 30}                | policies[0].credits.cap.percent: unknown key; a cap has amount, percentOfFee
          """)
  void rejectsBrokenCreditsNamingWhereAndWhat(
      String what, String replace, String with, String problem) {
    String json = FILE.replace(replace, with.equals(",") ? "" : with);
    assertThat(json).as("the test must change the file").isNotEqualTo(FILE);

    assertThatThrownBy(() -> PolicyJson.parse(json))
        .isInstanceOf(ValidationException.class)
        .satisfies(
            e ->
                assertThat(((ValidationException) e).problems())
                    .extracting(Problem::toString)
                    .anySatisfy(p -> assertThat(p).startsWith(problem)));
  }

  @Test
  void aShareOfTheFeeNeedsAFee() {
    String json =
        FILE.replace("\"monthlyFee\": 2000,", "").replace("\"fees\": {\"Acme Corp\": 5000},", "");

    assertThatThrownBy(() -> PolicyJson.parse(json))
        .isInstanceOf(ValidationException.class)
        .satisfies(
            e ->
                assertThat(((ValidationException) e).problems())
                    .extracting(Problem::toString)
                    .contains(
                        "policies[0].credits.monthlyFee: a rule or the cap is a share of the"
                            + " monthly fee: give monthlyFee, or fees per customer"));
  }
}

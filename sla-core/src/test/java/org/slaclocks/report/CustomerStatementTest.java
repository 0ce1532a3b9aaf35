package org.slaclocks.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.slaclocks.report.ReportsTest.CYCLES;
import static org.slaclocks.report.ReportsTest.TWO_WEEKS;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slaclocks.format.PolicyJson;
import org.slaclocks.policy.SlaPolicy;

/**
 * Statements worked by hand on {@link ReportsTest#CYCLES} (Acme Corp's are those with a priority):
 * time to resolution met 2 (HELP-1, HELP-3) and breached 2 (HELP-2 stopped 3h 30m over its 8h,
 * HELP-4 open and 76h 30m over at now), so 50 % compliance; no first response breached.
 */
class CustomerStatementTest {
  static SlaPolicy policy(String credits) {
    return PolicyJson.parse(
            """
            {"calendars": [{"name": "24/7", "zone": "UTC", "hours": "24/7"}],
             "policies": [{"id": "p", "name": "Acme support",
               "metrics": [{"id": "ttfr", "name": "Time to first response", "template": "first-response",
                            "goals": [{"target": "8h", "calendar": "24/7"}]},
                           {"id": "ttr", "name": "Time to resolution", "template": "resolution",
                            "goals": [{"target": "8h", "calendar": "24/7"}]}],
               "credits": %s}]}
            """
                .formatted(credits))
        .policies()
        .get(0);
  }

  static final String RULES =
      """
      "rules": [{"metric": "ttr", "complianceBelow": 99.5, "percentOfFee": 5},
                {"metric": "ttfr", "perBreach": true, "amount": 25},
                {"perBreach": true, "priorities": ["Highest"], "percentOfFee": 1}]
      """;

  @Test
  void givesEachMetricsResultEveryBreachWithItsOverrunAndTheCredit() {
    SlaPolicy policy =
        policy(
            "{\"customerField\": \"Organization\", \"currency\": \"EUR\", \"monthlyFee\": 2000, "
                + RULES
                + "}");

    CustomerStatement s = CustomerStatement.of("Acme Corp", policy, TWO_WEEKS, CYCLES);

    assertThat(s.metrics())
        .extracting(
            m ->
                m.metric().id()
                    + " "
                    + m.goals().stream().map(CustomerStatement.GoalShown::describe).toList()
                    + " "
                    + m.counts().met()
                    + "/"
                    + m.counts().breaches()
                    + " "
                    + m.counts().compliancePercent())
        .containsExactly("ttfr [8h (default)] 0/0 null", "ttr [8h (default)] 2/2 50.0");
    assertThat(s.breaches())
        .extracting(
            b -> b.issueKey() + " " + b.overrun() + " " + (b.stop() == null ? "open" : "stopped"))
        .containsExactly(
            "HELP-2 " + Duration.parse("PT3H30M") + " stopped",
            "HELP-4 " + Duration.parse("PT76H30M") + " open");
    // 5 % of 2000 for resolution below 99.5 %; 1 % of 2000 for HELP-4, the Highest breach
    assertThat(s.credits())
        .extracting(CustomerStatement.CreditLine::description)
        .containsExactly(
            "Time to resolution compliance 50.0% is below 99.5%: 5% of the fee, EUR 100.00",
            "1 breach of Time to resolution (priority Highest) x 1% of the fee, EUR 20.00");
    assertThat(s.earned()).isEqualByComparingTo("120.00");
    assertThat(s.cap()).isNull();
    assertThat(s.credit()).isEqualByComparingTo("120.00");
  }

  /**
   * The goals a metric shows are listed shortest first, whatever order the cycles come in (the
   * database returns rows in no set order): a Highest issue's 4h goal and the others' 8h.
   */
  @Test
  void listsTheGoalsShortestFirstWhateverOrderTheCyclesComeIn() {
    SlaPolicy policy =
        policy(
            "{\"customerField\": \"Organization\", \"currency\": \"EUR\", \"monthlyFee\": 2000, "
                + RULES
                + "}");
    List<ReportCycle> cycles = new ArrayList<>(CYCLES);
    ReportCycle highest = CYCLES.get(2); // HELP-3, Highest
    org.slaclocks.clock.Cycle c = highest.cycle();
    cycles.set(
        2,
        new ReportCycle(
            highest.issueId(),
            highest.issueKey(),
            highest.projectKey(),
            highest.policyId(),
            highest.metricId(),
            new org.slaclocks.clock.Cycle(
                c.index(),
                c.start(),
                c.stop(),
                new org.slaclocks.clock.Goal(Duration.ofHours(4), null, "24/7", "priority Highest"),
                c.state(),
                c.elapsed(),
                Duration.ofHours(4).minus(c.elapsed()),
                c.deadline(),
                c.breachAt(),
                c.atRiskAt(),
                c.pauses(),
                c.timeline()),
            highest.zone(),
            highest.fields()));
    List<ReportCycle> reversed = new ArrayList<>(cycles);
    java.util.Collections.reverse(reversed);

    CustomerStatement s = CustomerStatement.of("Acme Corp", policy, TWO_WEEKS, cycles);

    assertThat(s.metrics().get(1).goals())
        .extracting(CustomerStatement.GoalShown::describe)
        .containsExactly("4h (priority Highest)", "8h (default)");
    assertThat(CustomerStatement.of("Acme Corp", policy, TWO_WEEKS, reversed)).isEqualTo(s);
  }

  @Test
  void aBreachOfAnIssueWithoutPriorityYetEarnsNoPriorityCredit() {
    SlaPolicy policy =
        policy("{\"customerField\": \"Organization\", \"monthlyFee\": 2000, " + RULES + "}");
    // a portal request has no priority until an agent triages it, after its cycles started
    ReportCycle untriaged =
        new ReportCycle(
            9,
            "HELP-9",
            "HELP",
            "p",
            "ttr",
            ReportCycles.breached("2026-03-24T08:00:00Z", "2026-03-24T20:00:00Z"),
            ReportCycles.AMSTERDAM,
            java.util.Map.of("Organization", "Acme Corp"));
    List<ReportCycle> cycles = new ArrayList<>(CYCLES);
    cycles.add(untriaged);

    CustomerStatement s = CustomerStatement.of("Acme Corp", policy, TWO_WEEKS, cycles);

    assertThat(s.breaches())
        .extracting(b -> b.issueKey() + " " + b.priority())
        .containsExactly("HELP-9 null", "HELP-2 High", "HELP-4 Highest");
    // ttr met 2 of 5 decided: 5 % of 2000; only HELP-4 was Highest when it started: 1 % of 2000
    assertThat(s.credits())
        .extracting(CustomerStatement.CreditLine::description)
        .containsExactly(
            "Time to resolution compliance 40.0% is below 99.5%: 5% of the fee, 100.00",
            "1 breach of Time to resolution (priority Highest) x 1% of the fee, 20.00");
  }

  @Test
  void capsTheSumAndUsesTheCustomersOwnFee() {
    SlaPolicy capped =
        policy(
            "{\"customerField\": \"Organization\", \"monthlyFee\": 2000, "
                + RULES
                + ", \"cap\": {\"amount\": 100}}");
    SlaPolicy ownFee =
        policy(
            "{\"customerField\": \"Organization\", \"monthlyFee\": 2000,"
                + " \"fees\": {\"Acme Corp\": 5000}, "
                + RULES
                + ", \"cap\": {\"percentOfFee\": 30}}");

    CustomerStatement cappedStatement =
        CustomerStatement.of("Acme Corp", capped, TWO_WEEKS, CYCLES);
    CustomerStatement own = CustomerStatement.of("Acme Corp", ownFee, TWO_WEEKS, CYCLES);

    assertThat(cappedStatement.earned()).isEqualByComparingTo("120.00");
    assertThat(cappedStatement.credit()).isEqualByComparingTo("100.00");
    // 5 % of 5000 = 250, plus 1 % of 5000 = 50; the cap is 30 % of 5000 = 1500
    assertThat(own.monthlyFee()).isEqualByComparingTo("5000");
    assertThat(own.cap()).isEqualByComparingTo("1500.00");
    assertThat(own.credit()).isEqualByComparingTo("300.00");
  }

  @Test
  void countsEveryFixedAmountPerBreach() {
    SlaPolicy perBreach =
        policy(
            "{\"customerField\": \"Organization\", \"rules\": [{\"metric\": \"ttr\","
                + " \"perBreach\": true, \"amount\": 12.5}]}");

    CustomerStatement s = CustomerStatement.of("Acme Corp", perBreach, TWO_WEEKS, CYCLES);

    assertThat(s.credits())
        .extracting(CustomerStatement.CreditLine::description)
        .containsExactly("2 breaches of Time to resolution x 12.50");
    assertThat(s.credit()).isEqualByComparingTo("25.00");
  }

  @Test
  void anotherCustomerOrAnEmptyPeriodEarnsNothing() {
    SlaPolicy policy =
        policy("{\"customerField\": \"Organization\", \"monthlyFee\": 2000, " + RULES + "}");
    Period empty =
        Period.ofDays(
            java.time.LocalDate.parse("2026-01-05"),
            java.time.LocalDate.parse("2026-01-12"),
            ReportCycles.AMSTERDAM);

    CustomerStatement globex = CustomerStatement.of("Globex", policy, TWO_WEEKS, CYCLES);
    CustomerStatement quiet = CustomerStatement.of("Acme Corp", policy, empty, CYCLES);

    for (CustomerStatement s : new CustomerStatement[] {globex, quiet}) {
      assertThat(s.breaches()).isEmpty();
      assertThat(s.credits()).isEmpty();
      assertThat(s.credit()).isEqualByComparingTo("0");
      assertThat(s.metrics()).allSatisfy(m -> assertThat(m.counts().decided()).isZero());
    }
  }

  @Test
  void aShareOfTheFeeForACustomerWithoutOneIsRefusedByName() {
    SlaPolicy policy =
        policy("{\"customerField\": \"Organization\", \"fees\": {\"Globex\": 100}, " + RULES + "}");

    assertThatThrownBy(() -> CustomerStatement.of("Acme Corp", policy, TWO_WEEKS, CYCLES))
        .hasMessage(
            "customer 'Acme Corp' has no monthly fee: give it under credits.fees, or give"
                + " credits.monthlyFee");
  }
}

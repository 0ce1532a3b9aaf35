package org.slaclocks.web.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.slaclocks.tracking.Histories.AGENT;
import static org.slaclocks.tracking.Histories.CUSTOMER;
import static org.slaclocks.tracking.Histories.at;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slaclocks.clock.ClockEvent;
import org.slaclocks.clock.Cycle;
import org.slaclocks.clock.Pause;
import org.slaclocks.clock.SlaClock;
import org.slaclocks.history.IssueHistory;
import org.slaclocks.policy.SlaConfiguration;
import org.slaclocks.tracking.ClockEngine;
import org.slaclocks.tracking.Histories;
import org.slaclocks.tracking.Policies;
import org.slaclocks.web.i18n.Messages;

class CausesTest {
  private static final Messages DUTCH = Messages.of(Locale.forLanguageTag("nl"));
  private static final Messages ENGLISH = Messages.of(Locale.ENGLISH);

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "issue created | issue aangemaakt",
        "reply to customer by Anna Jansen | antwoord aan klant door Anna Jansen",
        "comment by customer Alice Archer | opmerking van klant Alice Archer",
        "status Waiting for customer | status Waiting for customer",
        "entered status Engineering triage | status Engineering triage bereikt",
        "left status Engineering triage for In Progress"
            + " | status Engineering triage verlaten voor In Progress",
        "left status Engineering triage | status Engineering triage verlaten",
        "assigned to agent.anna | toegewezen aan agent.anna",
        "assigned to agent.anna of Engineering | toegewezen aan agent.anna van Engineering",
        "reassigned from agent.anna to agent.bart | overgedragen van agent.anna aan agent.bart",
        "unassigned from agent.anna | toewijzing aan agent.anna opgeheven",
        "no longer assigned to Engineering | niet meer toegewezen aan Engineering",
        "resolution set to Done | oplossing Done ingesteld",
        "resolution Done cleared | oplossing Done gewist",
        "resolution Done | oplossing Done",
        "priority changed from High to Highest | prioriteit gewijzigd van High naar Highest",
        "priority Highest, High | prioriteit Highest, High",
        "Region changed to EMEA | Region gewijzigd in EMEA",
        "Region changed to nothing | Region leeggemaakt",
        "labels set to vip | labels ingesteld op vip",
        "any issue | elke issue",
        // Not one of the engine's phrasings: shown as the engine wrote it.
        "priority Highest; Region EMEA | priority Highest; Region EMEA",
      })
  void saysTheEnginesCausesInTheViewersLanguage(String cause, String dutch) {
    assertThat(Causes.localized(cause, DUTCH)).isEqualTo(dutch);
    assertThat(Causes.localized(cause, ENGLISH)).as("English reads as stored").isEqualTo(cause);
  }

  /**
   * The causes the engine itself writes for a helpdesk issue's life (created, customer comments,
   * agent replies, waiting for customer, resolved, reopened, goal changes): every one is
   * recognised, so a phrasing changed in the engine fails here instead of showing English to Dutch
   * agents.
   */
  @Test
  void everyCauseTheEngineWritesForAHelpdeskIssueIsRecognised() {
    SlaConfiguration config = Policies.helpdeskWithOutage(at("Mon+3 08:00"));
    IssueHistory history =
        Histories.created(at("Mon 09:00"))
            .with("priority", "Medium")
            .comment(CUSTOMER, at("Mon 09:30"))
            .comment(AGENT, at("Mon 10:00"))
            .change(at("Mon 10:30"), AGENT, "priority", "Medium", "Highest")
            .status(at("Mon 11:00"), "Open", "Waiting for customer")
            .comment(CUSTOMER, at("Tue 09:00"))
            .status(at("Tue 09:05"), "Waiting for customer", "In Progress")
            .comment(AGENT, at("Tue 10:00"))
            .resolve(at("Tue 11:00"), "In Progress", "Done")
            .reopen(at("Wed 09:00"), "Done")
            .comment(AGENT, at("Wed 10:00"))
            .resolve(at("Mon+1 11:00"), "In Progress", "Done")
            .build();
    Instant now = at("Mon+4 12:00");

    List<String> causes = new ArrayList<>();
    for (SlaClock clock :
        ClockEngine.compute(config, history, config.listedDirectory(), null, now).shown()) {
      for (Cycle cycle : clock.cycles()) {
        cycle.timeline().stream()
            .filter(e -> e.type() != ClockEvent.Type.BREACH && e.type() != ClockEvent.Type.AT_RISK)
            .map(ClockEvent::cause)
            .forEach(causes::add);
        cycle.pauses().stream()
            .filter(p -> p.kind() == Pause.Kind.CONDITION)
            .map(Pause::cause)
            .forEach(causes::add);
        causes.add(cycle.goal().label());
      }
    }

    assertThat(causes).hasSizeGreaterThan(10);
    assertThat(causes).allSatisfy(c -> assertThat(Causes.isRecognised(c)).as(c).isTrue());
  }
}

package org.slaclocks.cli.sample;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import org.slaclocks.cli.sample.Helpdesk.Named;
import org.slaclocks.cli.sample.Helpdesk.Person;

/**
 * The life of one ticket, as a helpdesk lives it: assignment, a first reply, rounds of questions to
 * the customer, internal notes, escalations to engineering, priority raised mid-way, resolution,
 * and then closure or a reopening. People act mostly in their region's office hours. Whatever would
 * happen after the end of the sample does not: the export was taken then.
 */
final class TicketSimulation {
  /** Share of actions taken outside office hours (evenings, weekends). */
  private static final double OFF_HOURS = 0.12;

  private static final List<String> AGENT_REPLIES =
      List.of(
          "Thanks for reporting this, we are looking into it.",
          "Could you send us a screenshot of the error?",
          "Can you tell us since when this happens and for whom?",
          "We changed the settings on our side, please try again.",
          "Could you confirm whether a restart helps?");
  private static final List<String> CUSTOMER_REPLIES =
      List.of(
          "Here is the screenshot you asked for.",
          "It started this morning, the whole team is affected.",
          "Tried again, same problem.",
          "A restart did not help.",
          "Attached the log file from this morning.");
  private static final List<String> INTERNAL_NOTES =
      List.of(
          "Looks like the same root cause as last week's ticket.",
          "Checked the logs, nothing obvious yet.",
          "Waiting for the vendor's answer before replying.",
          "Customer is on the premium plan, keep them posted.");

  private final SplittableRandom random;
  private final Instant end;
  private final Ticket ticket;
  private final Person agent;
  private Instant now;
  private boolean escalated;
  private boolean priorityRaised;

  /** The simulation ran into the end of the sample. */
  private static final class EndOfSample extends RuntimeException {
    EndOfSample() {
      super(null, null, false, false);
    }
  }

  private TicketSimulation(SplittableRandom random, Instant end, Ticket ticket) {
    this.random = random;
    this.end = end;
    this.ticket = ticket;
    this.agent = pick(agentsOf(ticket.region));
    this.now = ticket.created;
  }

  /** Lets {@code ticket} live until it is closed or the sample ends at {@code end}. */
  static void simulate(Ticket ticket, SplittableRandom random, Instant end, Named triagePriority) {
    TicketSimulation simulation = new TicketSimulation(random, end, ticket);
    try {
      simulation.live(triagePriority);
    } catch (EndOfSample e) {
      // The export was taken while this ticket was still being worked on.
    }
  }

  private void live(Named triagePriority) {
    if (triagePriority != null) {
      // Triage: the portal form has no priority; an agent sets it a minute after creation.
      at(now.plusSeconds(random.nextInt(55, 100)));
      ticket.change(now, agent, ticket.priority(triagePriority));
    }
    Person owner = agent;
    act(owner, 2, 40);
    ticket.change(now, owner, ticket.assignee(owner));
    if (random.nextDouble() < 0.03) {
      owner = handOverToOtherRegion();
    }
    act(owner, firstReplyMinutes() / 3, firstReplyMinutes());
    reply(owner, Helpdesk.IN_PROGRESS);
    int reopenings = 0;
    while (true) {
      owner = work(owner, rounds());
      if (owner == null) {
        return; // the customer went silent; the ticket waits
      }
      resolve(owner);
      if (reopenings < 2 && random.nextDouble() < 0.12) {
        reopenings++;
        Person customer = ticket.reporter;
        act(customer, 60, 1500);
        ticket.comment(now, customer, "This is happening again.", false);
        at(now.plusSeconds(random.nextInt(2, 6)));
        ticket.change(now, customer, ticket.status(Helpdesk.OPEN), ticket.resolution(null, now));
        act(owner, 10, 240);
        reply(owner, Helpdesk.IN_PROGRESS);
      } else {
        act(owner, 3 * 8 * 60, 5 * 8 * 60);
        ticket.change(now, owner, ticket.status(Helpdesk.CLOSED));
        return;
      }
    }
  }

  /** Rounds of work until the ticket can be resolved; null when the customer never answers. */
  private Person work(Person owner, int rounds) {
    Person current = owner;
    for (int round = 0; round < rounds; round++) {
      double roll = random.nextDouble();
      if (!priorityRaised && random.nextDouble() < 0.06 && raisePriority(current)) {
        continue;
      }
      if (!escalated && roll < escalationChance()) {
        escalate(current);
      } else if (roll < 0.55) {
        if (!askCustomer(current)) {
          return null;
        }
      } else if (roll < 0.78) {
        act(current, 10, 240);
        ticket.comment(now, current, pick(INTERNAL_NOTES), true);
      } else if (roll < 0.93) {
        Person customer = ticket.reporter;
        act(customer, 120, 960);
        ticket.comment(now, customer, "Any update on this?", false);
        act(current, 15, 240);
        ticket.comment(now, current, "We are still working on it, next update tomorrow.", false);
      } else {
        Person next = otherAgent(current);
        act(current, 30, 480);
        ticket.change(now, current, ticket.assignee(next));
        ticket.comment(now, current, "Handing over to " + next.displayName() + ".", true);
        current = next;
      }
    }
    return current;
  }

  /** Public question and "Waiting for customer" together; false when no answer ever comes. */
  private boolean askCustomer(Person owner) {
    act(owner, 15, 300);
    reply(owner, Helpdesk.WAITING_FOR_CUSTOMER);
    if (random.nextDouble() < 0.05) {
      if (random.nextDouble() < 0.6) {
        act(owner, 5 * 8 * 60, 7 * 8 * 60);
        ticket.comment(now, owner, "We have not heard back, so we close this request.", false);
        ticket.change(
            now, owner, ticket.status(Helpdesk.RESOLVED), ticket.resolution(Helpdesk.WONT_DO, now));
        act(owner, 3 * 8 * 60, 5 * 8 * 60);
        ticket.change(now, owner, ticket.status(Helpdesk.CLOSED));
      }
      return false;
    }
    Person customer = ticket.reporter;
    act(customer, 20, 1200);
    ticket.comment(now, customer, pick(CUSTOMER_REPLIES), false);
    // The customer's reply moves the ticket back (a workflow post-function, run as the customer).
    at(now.plusSeconds(random.nextInt(1, 5)));
    ticket.change(now, customer, ticket.status(Helpdesk.IN_PROGRESS));
    return true;
  }

  private boolean raisePriority(Person owner) {
    int index = Helpdesk.PRIORITIES.indexOf(ticket.priority);
    if (index <= 0) {
      return false;
    }
    priorityRaised = true;
    Person customer = ticket.reporter;
    act(customer, 30, 600);
    ticket.comment(now, customer, "This now blocks our whole team, please speed up.", false);
    act(owner, 5, 40);
    ticket.change(now, owner, ticket.priority(Helpdesk.PRIORITIES.get(index - 1)));
    return true;
  }

  /** To engineering and back: status, assignee and internal notes. */
  private void escalate(Person owner) {
    escalated = true;
    Person engineer = pick(Helpdesk.ENGINEERS);
    act(owner, 15, 240);
    ticket.comment(now, owner, "Escalating: needs a fix on the server side.", true);
    ticket.change(
        now, owner, ticket.status(Helpdesk.ENGINEERING_TRIAGE), ticket.assignee(engineer));
    act(engineer, 30, 1440);
    ticket.comment(now, engineer, "Reproduced, working on a fix.", true);
    act(engineer, 60, 1920);
    ticket.comment(now, engineer, "Fix deployed, back to the service desk.", true);
    ticket.change(now, engineer, ticket.status(Helpdesk.IN_PROGRESS), ticket.assignee(owner));
  }

  private void resolve(Person owner) {
    act(owner, 20, 480);
    Named resolution = resolution();
    ticket.comment(now, owner, "Resolved: " + resolution.name() + ". Let us know if not.", false);
    ticket.change(now, owner, ticket.status(Helpdesk.RESOLVED), ticket.resolution(resolution, now));
  }

  /** A public reply and the transition it goes with, in one instant (a transition screen). */
  private void reply(Person owner, String status) {
    ticket.comment(now, owner, pick(AGENT_REPLIES), false);
    if (!ticket.status.name().equals(status)) {
      ticket.change(now, owner, ticket.status(status));
    }
  }

  /** The customer moved: the other region's desk takes the ticket over. */
  private Person handOverToOtherRegion() {
    Region other = ticket.region == Region.EMEA ? Region.AMERICAS : Region.EMEA;
    Person next = pick(agentsOf(other));
    act(ticket.assignee, 30, 240);
    ticket.change(now, ticket.assignee, ticket.region(other), ticket.assignee(next));
    return next;
  }

  private Named resolution() {
    double roll = random.nextDouble();
    if (roll < 0.1) {
      return Helpdesk.WONT_DO;
    }
    boolean incident = ticket.type.equals(Helpdesk.INCIDENT);
    return roll < (incident ? 0.7 : 0.3) ? Helpdesk.FIXED : Helpdesk.DONE;
  }

  private int rounds() {
    return ticket.type.equals(Helpdesk.QUESTION) ? random.nextInt(1, 5) : random.nextInt(3, 8);
  }

  private double escalationChance() {
    return ticket.type.equals(Helpdesk.INCIDENT) ? 0.08 : 0.02;
  }

  /** Working minutes to the first reply: faster for higher priorities, sometimes far too slow. */
  private int firstReplyMinutes() {
    int minutes =
        switch (ticket.priority == null ? "Medium" : ticket.priority.name()) {
          case "Highest" -> 45;
          case "High" -> 150;
          case "Medium" -> 420;
          default -> 900;
        };
    return random.nextDouble() < 0.1 ? minutes * 3 : minutes;
  }

  /**
   * {@code who} acts after a delay of {@code minMinutes..maxMinutes} (short delays likelier) of
   * their office hours; sometimes the same delay is wall-clock time, which lands outside hours.
   */
  private void act(Person who, int minMinutes, int maxMinutes) {
    double u = random.nextDouble();
    long minutes = minMinutes + Math.round((maxMinutes - minMinutes) * u * u);
    Duration delay = Duration.ofMinutes(Math.max(1, minutes));
    Instant next =
        random.nextDouble() < OFF_HOURS
            ? now.plus(delay)
            : who.region().afterWorkingTime(now, delay);
    at(next.plusSeconds(random.nextInt(0, 60)));
  }

  private void at(Instant next) {
    if (!next.isBefore(end)) {
      throw new EndOfSample();
    }
    now = next;
  }

  /** Another agent of the ticket's region (an engineer hands over to any of them). */
  private Person otherAgent(Person current) {
    return pick(agentsOf(ticket.region).stream().filter(a -> !a.equals(current)).toList());
  }

  private static List<Person> agentsOf(Region region) {
    return Helpdesk.AGENTS.stream().filter(a -> a.region() == region).toList();
  }

  private <T> T pick(List<T> list) {
    return list.get(random.nextInt(list.size()));
  }
}

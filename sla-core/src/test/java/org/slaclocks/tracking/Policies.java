package org.slaclocks.tracking;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slaclocks.calendar.BusinessCalendar;
import org.slaclocks.calendar.Calendars;
import org.slaclocks.clock.ExclusionWindow;
import org.slaclocks.policy.CalendarChoice;
import org.slaclocks.policy.Criteria;
import org.slaclocks.policy.Exclusion;
import org.slaclocks.policy.GoalRow;
import org.slaclocks.policy.Metric;
import org.slaclocks.policy.PauseCondition;
import org.slaclocks.policy.Scope;
import org.slaclocks.policy.SlaConfiguration;
import org.slaclocks.policy.SlaPolicy;
import org.slaclocks.policy.Trigger;

/** Test data builders for metrics and configurations. Calendars: "9-17", "NY 9-17", "24/7". */
public final class Policies {
  public static final String NINE_TO_FIVE = "9-17";
  public static final String NEW_YORK = "NY 9-17";
  public static final String ALWAYS = "24/7";

  private Policies() {}

  public static GoalRow goal(Duration target) {
    return new GoalRow(Criteria.ANY, target, null, new CalendarChoice.Fixed(NINE_TO_FIVE));
  }

  public static GoalRow goal(String priority, Duration target) {
    return new GoalRow(
        new Criteria(Map.of("priority", Set.of(priority))),
        target,
        null,
        new CalendarChoice.Fixed(NINE_TO_FIVE));
  }

  public static GoalRow goalWithInternalTarget(Duration target, Duration internal) {
    return new GoalRow(Criteria.ANY, target, internal, new CalendarChoice.Fixed(NINE_TO_FIVE));
  }

  public static GoalRow goalByRegion(Duration target) {
    return new GoalRow(
        Criteria.ANY,
        target,
        null,
        new CalendarChoice.ByField(
            "Region", Map.of("EMEA", NINE_TO_FIVE, "Americas", NEW_YORK), NINE_TO_FIVE));
  }

  public static Metric firstResponse(GoalRow... goals) {
    return new Metric(
        "ttfr",
        "Time to first response",
        List.of(new Trigger.Created()),
        List.of(new Trigger.CommentForCustomer(), new Trigger.ResolutionSet()),
        List.of(),
        true,
        List.of(goals),
        null,
        null);
  }

  public static Metric firstResponseWithin(Duration target) {
    return firstResponse(goal(target));
  }

  public static Metric nextResponse(GoalRow... goals) {
    return new Metric(
        "ttnr",
        "Time to next response",
        List.of(new Trigger.CommentByCustomer()),
        List.of(new Trigger.CommentForCustomer(), new Trigger.ResolutionSet()),
        List.of(),
        false,
        List.of(goals),
        null,
        null);
  }

  public static Metric resolution(GoalRow... goals) {
    return new Metric(
        "ttr",
        "Time to resolution",
        List.of(new Trigger.Created(), new Trigger.ResolutionCleared()),
        List.of(new Trigger.ResolutionSet()),
        List.of(new PauseCondition.StatusIn(Set.of("Waiting for customer"))),
        false,
        List.of(goals),
        null,
        null);
  }

  public static Metric custom(
      String id, List<Trigger> start, List<Trigger> stop, GoalRow... goals) {
    return new Metric(id, id, start, stop, List.of(), false, List.of(goals), null, null);
  }

  /**
   * First response (by priority, else by region), next response, and resolution with an internal
   * target and a pause while waiting for the customer, with a 30-hour outage for every issue from
   * {@code outageStart}: every kind of clock the stored-clock tests ask questions about.
   */
  public static SlaConfiguration helpdeskWithOutage(Instant outageStart) {
    return config(
        List.of(
            new SlaPolicy(
                "default",
                "Default",
                true,
                Scope.ALL,
                List.of(
                    firstResponse(
                        goal("Highest", Duration.ofHours(1)), goalByRegion(Duration.ofHours(4))),
                    nextResponse(goal(Duration.ofHours(2))),
                    resolution(
                        goal("Highest", Duration.ofHours(8)),
                        goalWithInternalTarget(Duration.ofHours(24), Duration.ofHours(16)))))),
        Exclusion.global(
            "outage",
            new ExclusionWindow(
                outageStart, outageStart.plus(Duration.ofHours(30)), "supplier outage")));
  }

  public static SlaConfiguration config(Metric... metrics) {
    return config(List.of(new SlaPolicy("default", "Default", true, Scope.ALL, List.of(metrics))));
  }

  public static SlaConfiguration config(List<SlaPolicy> policies, Exclusion... exclusions) {
    Map<String, BusinessCalendar> calendars = new LinkedHashMap<>();
    calendars.put(NINE_TO_FIVE, Calendars.nineToFive("Europe/Amsterdam"));
    calendars.put(NEW_YORK, Calendars.nineToFive("America/New_York"));
    calendars.put(ALWAYS, BusinessCalendar.twentyFourSeven(ALWAYS));
    return new SlaConfiguration(
        1,
        calendars,
        policies,
        List.of(exclusions),
        Set.of(Histories.AGENT, Histories.OTHER_AGENT),
        Set.of("Engineering"),
        Set.of("Service Desk Team"),
        Map.of("Engineering", Set.of("eng.erik", "eng.fay")),
        Map.of());
  }
}

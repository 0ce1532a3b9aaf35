package org.slaclocks.tracking;

import static java.time.Duration.ofHours;
import static java.time.Duration.ofMinutes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.slaclocks.tracking.Histories.AGENT;
import static org.slaclocks.tracking.Histories.CUSTOMER;
import static org.slaclocks.tracking.Histories.OTHER_AGENT;
import static org.slaclocks.tracking.Histories.at;
import static org.slaclocks.tracking.Histories.created;
import static org.slaclocks.tracking.Policies.config;
import static org.slaclocks.tracking.Policies.goal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.slaclocks.clock.ClockEvent;
import org.slaclocks.clock.ClockState;
import org.slaclocks.clock.Cycle;
import org.slaclocks.clock.ExclusionWindow;
import org.slaclocks.clock.Pause;
import org.slaclocks.clock.SlaClock;
import org.slaclocks.history.ChangeItem;
import org.slaclocks.history.ChangeItemGroup;
import org.slaclocks.history.CurrentFields;
import org.slaclocks.history.IssueChange;
import org.slaclocks.history.IssueHistory;
import org.slaclocks.history.IssueRecord;
import org.slaclocks.history.UserRef;
import org.slaclocks.policy.Criteria;
import org.slaclocks.policy.Exclusion;
import org.slaclocks.policy.Metric;
import org.slaclocks.policy.PauseCondition;
import org.slaclocks.policy.Scope;
import org.slaclocks.policy.SlaConfiguration;
import org.slaclocks.policy.SlaPolicy;
import org.slaclocks.policy.Trigger;

/** One scenario per behaviour of the SLA model, on the 9-17 Amsterdam calendar. */
class ClockEngineTest {

  static SlaClock clock(SlaConfiguration config, IssueHistory history, Instant now) {
    ClockEngine.Result result =
        ClockEngine.compute(config, history, config.listedDirectory(), JqlScope.UNKNOWN, now);
    assertThat(result.isDetermined()).as(result.undetermined()).isTrue();
    assertThat(result.shown()).hasSize(1);
    return result.shown().get(0);
  }

  @Test
  void firstResponseIsMetByAPublicAgentReply() {
    IssueHistory history = created(at("Mon 09:00")).comment(AGENT, at("Mon 10:30")).build();

    SlaClock clock =
        clock(config(Policies.firstResponseWithin(ofHours(2))), history, at("Mon 12:00"));

    assertThat(clock.state()).isEqualTo(ClockState.MET);
    Cycle cycle = clock.current();
    assertThat(cycle.elapsed()).isEqualTo(ofMinutes(90));
    assertThat(cycle.remaining()).isEqualTo(ofMinutes(30));
    assertThat(cycle.breachAt()).isNull();
    assertThat(cycle.deadline()).isNull();
  }

  @Test
  void internalCommentsAndCustomerCommentsDoNotCountAsFirstResponse() {
    IssueHistory history =
        created(at("Mon 09:00"))
            .internalComment(AGENT, at("Mon 09:30"))
            .comment(CUSTOMER, at("Mon 09:45"))
            .build();

    SlaClock clock =
        clock(config(Policies.firstResponseWithin(ofHours(2))), history, at("Mon 10:00"));

    assertThat(clock.state()).isEqualTo(ClockState.RUNNING);
    assertThat(clock.deadline()).isEqualTo(at("Mon 11:00"));
    assertThat(clock.current().elapsed()).isEqualTo(ofHours(1));
    assertThat(clock.withinCalendarHours()).isTrue();
  }

  @Test
  void firstResponseHasOneCycleOnly() {
    IssueHistory history =
        created(at("Mon 09:00"))
            .comment(AGENT, at("Mon 10:00"))
            .resolve(at("Mon 11:00"), "Open", "Done")
            .reopen(at("Mon 12:00"), "Done")
            .build();

    SlaClock clock =
        clock(config(Policies.firstResponseWithin(ofHours(2))), history, at("Tue 12:00"));

    assertThat(clock.cycles()).hasSize(1);
  }

  @Test
  void countsFromOpeningWhenCreatedAtNightAndRunsOutsideHoursWithoutCounting() {
    IssueHistory history = created(at("Mon 22:00")).build();

    SlaClock clock =
        clock(config(Policies.firstResponseWithin(ofHours(2))), history, at("Tue 08:00"));

    assertThat(clock.state()).isEqualTo(ClockState.RUNNING);
    assertThat(clock.withinCalendarHours()).isFalse();
    assertThat(clock.current().start()).isEqualTo(at("Mon 22:00"));
    assertThat(clock.current().elapsed()).isZero();
    assertThat(clock.deadline()).isEqualTo(at("Tue 11:00"));
  }

  @Test
  void pausesWhileWaitingForCustomer() {
    IssueHistory history =
        created(at("Mon 09:00"))
            .status(at("Mon 11:00"), "Open", "Waiting for customer")
            .status(at("Tue 10:00"), "Waiting for customer", "In Progress")
            .resolve(at("Tue 16:00"), "In Progress", "Done")
            .build();

    SlaClock clock = clock(config(Policies.resolution(goal(ofHours(8)))), history, at("Wed 09:00"));

    Cycle cycle = clock.current();
    // 2h on Monday, 6h on Tuesday: exactly the goal, reached at the stop: in time
    assertThat(cycle.elapsed()).isEqualTo(ofHours(8));
    assertThat(cycle.state()).isEqualTo(ClockState.MET);
    assertThat(cycle.pauses())
        .containsExactly(
            new Pause(
                Pause.Kind.CONDITION,
                at("Mon 11:00"),
                at("Tue 10:00"),
                "status Waiting for customer"));
    assertThat(cycle.timeline())
        .extracting(ClockEvent::type)
        .containsExactly(
            ClockEvent.Type.START,
            ClockEvent.Type.PAUSE,
            ClockEvent.Type.RESUME,
            ClockEvent.Type.STOP);
    assertThat(cycle.timeline().get(3).cause()).isEqualTo("resolution set to Done");
  }

  @Test
  void aPausedCycleHasNoDeadline() {
    IssueHistory history =
        created(at("Mon 09:00")).status(at("Mon 11:00"), "Open", "Waiting for customer").build();

    SlaClock clock = clock(config(Policies.resolution(goal(ofHours(8)))), history, at("Mon 15:00"));

    assertThat(clock.state()).isEqualTo(ClockState.PAUSED);
    assertThat(clock.deadline()).isNull();
    assertThat(clock.current().elapsed()).isEqualTo(ofHours(2));
    assertThat(clock.current().pauses().get(0).isOpen()).isTrue();
  }

  @Test
  void nextResponseRunsACycleForEveryCustomerReply() {
    IssueHistory history =
        created(at("Mon 09:00"))
            .comment(CUSTOMER, at("Mon 10:00"))
            .internalComment(AGENT, at("Mon 10:30"))
            .comment(AGENT, at("Mon 11:00"))
            .comment(CUSTOMER, at("Mon 16:00"))
            .comment(CUSTOMER, at("Mon 16:30"))
            .comment(OTHER_AGENT, at("Tue 10:00"))
            .build();

    SlaClock clock =
        clock(config(Policies.nextResponse(goal(ofMinutes(90)))), history, at("Tue 12:00"));

    assertThat(clock.cycles()).hasSize(2);
    Cycle first = clock.cycles().get(0);
    assertThat(first.start()).isEqualTo(at("Mon 10:00"));
    assertThat(first.stop()).isEqualTo(at("Mon 11:00"));
    assertThat(first.state()).isEqualTo(ClockState.MET);
    Cycle second = clock.cycles().get(1);
    // the second customer comment while a cycle is open changes nothing
    assertThat(second.start()).isEqualTo(at("Mon 16:00"));
    assertThat(second.state()).isEqualTo(ClockState.BREACHED);
    assertThat(second.breachAt()).isEqualTo(at("Tue 09:30"));
    assertThat(second.elapsed()).isEqualTo(ofHours(2));
    assertThat(second.remaining()).isEqualTo(ofMinutes(-30));
    assertThat(clock.isEverBreached()).isTrue();
  }

  @Test
  void reopeningAfterResolutionStartsANewCycle() {
    IssueHistory history =
        created(at("Mon 09:00"))
            .resolve(at("Mon 15:00"), "Open", "Done")
            .reopen(at("Tue 09:00"), "Done")
            .build();

    SlaClock clock = clock(config(Policies.resolution(goal(ofHours(8)))), history, at("Tue 12:00"));

    assertThat(clock.cycles()).hasSize(2);
    assertThat(clock.cycles().get(0).state()).isEqualTo(ClockState.MET);
    assertThat(clock.cycles().get(0).elapsed()).isEqualTo(ofHours(6));
    Cycle reopened = clock.cycles().get(1);
    assertThat(reopened.start()).isEqualTo(at("Tue 09:00"));
    assertThat(reopened.timeline().get(0).cause()).isEqualTo("resolution Done cleared");
    assertThat(reopened.state()).isEqualTo(ClockState.RUNNING);
    assertThat(reopened.elapsed()).isEqualTo(ofHours(3));
    assertThat(reopened.deadline()).isEqualTo(at("Tue 17:00"));
  }

  @Test
  void raisingThePriorityReChoosesTheGoalAndKeepsElapsed() {
    Metric metric = Policies.resolution(goal("Highest", ofHours(4)), goal(ofHours(8)));
    IssueHistory history =
        created(at("Mon 09:00"))
            .change(at("Mon 12:00"), AGENT, "priority", "Medium", "Highest")
            .resolve(at("Mon 14:00"), "Open", "Done")
            .build();

    Cycle cycle = clock(config(metric), history, at("Tue 09:00")).current();

    assertThat(cycle.goal().target()).isEqualTo(ofHours(4));
    assertThat(cycle.elapsed()).isEqualTo(ofHours(5));
    assertThat(cycle.breachAt()).isEqualTo(at("Mon 13:00"));
    assertThat(cycle.state()).isEqualTo(ClockState.BREACHED);
    assertThat(cycle.timeline())
        .filteredOn(e -> e.type() == ClockEvent.Type.GOAL_CHANGE)
        .extracting(ClockEvent::cause)
        .containsExactly("goal 8h -> 4h: priority changed to Highest");
  }

  @Test
  void aGoalLoweredBelowTheTimeCountedBreachesAtTheChange() {
    Metric metric = Policies.resolution(goal("Highest", ofHours(4)), goal(ofHours(8)));
    IssueHistory history =
        created(at("Mon 09:00"))
            .change(at("Mon 14:00"), AGENT, "priority", "Medium", "Highest")
            .change(at("Mon 15:00"), AGENT, "priority", "Highest", "Medium")
            .build();

    Cycle cycle = clock(config(metric), history, at("Mon 16:00")).current();

    // breached at the change to Highest; lowering the priority again does not undo it
    assertThat(cycle.breachAt()).isEqualTo(at("Mon 14:00"));
    assertThat(cycle.goal().target()).isEqualTo(ofHours(8));
    assertThat(cycle.remaining()).isEqualTo(ofHours(1));
    assertThat(cycle.state()).isEqualTo(ClockState.RUNNING);
    assertThat(cycle.isBreached()).isTrue();
  }

  @Test
  void aReplyAfterClosingToADeadlineAtClosingIsLate() {
    IssueHistory history = created(at("Mon 09:00")).comment(AGENT, at("Tue 08:59")).build();

    Cycle cycle =
        clock(config(Policies.firstResponseWithin(ofHours(8))), history, at("Tue 10:00")).current();

    // elapsed is exactly the goal, but the deadline was Monday 17:00
    assertThat(cycle.elapsed()).isEqualTo(ofHours(8));
    assertThat(cycle.breachAt()).isEqualTo(at("Mon 17:00"));
    assertThat(cycle.state()).isEqualTo(ClockState.BREACHED);
  }

  @Test
  void aReplyExactlyAtTheDeadlineIsInTime() {
    IssueHistory history = created(at("Mon 09:00")).comment(AGENT, at("Mon 17:00")).build();

    Cycle cycle =
        clock(config(Policies.firstResponseWithin(ofHours(8))), history, at("Tue 10:00")).current();

    assertThat(cycle.state()).isEqualTo(ClockState.MET);
    assertThat(cycle.breachAt()).isNull();
  }

  @Test
  void oneChangeGroupCanCloseACycleAndOpenTheNext() {
    Metric perAssignee =
        Policies.custom(
            "per-assignee",
            List.of(new Trigger.AssigneeSet(), new Trigger.AssigneeChanged()),
            List.of(new Trigger.AssigneeChanged(), new Trigger.AssigneeCleared()),
            goal(ofHours(2)));
    IssueHistory history =
        created(at("Mon 09:00"))
            .change(at("Mon 10:00"), AGENT, "assignee", null, AGENT)
            .change(at("Mon 11:00"), AGENT, "assignee", AGENT, OTHER_AGENT)
            .change(at("Mon 14:00"), AGENT, "assignee", OTHER_AGENT, null)
            .build();

    SlaClock clock = clock(config(perAssignee), history, at("Mon 15:00"));

    assertThat(clock.cycles())
        .extracting(Cycle::start, Cycle::stop, Cycle::state)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(at("Mon 10:00"), at("Mon 11:00"), ClockState.MET),
            org.assertj.core.groups.Tuple.tuple(
                at("Mon 11:00"), at("Mon 14:00"), ClockState.BREACHED));
  }

  @Test
  void aCycleCanStartAlreadyPaused() {
    IssueHistory history =
        created(at("Mon 09:00"))
            .with("status", "Waiting for customer")
            .status(at("Mon 13:00"), "Waiting for customer", "Open")
            .build();

    Cycle cycle =
        clock(config(Policies.resolution(goal(ofHours(8)))), history, at("Mon 15:00")).current();

    assertThat(cycle.elapsed()).isEqualTo(ofHours(2));
    assertThat(cycle.pauses()).extracting(Pause::startInclusive).containsExactly(at("Mon 09:00"));
  }

  @Test
  void anExclusionWindowDoesNotCountAndIsShown() {
    Exclusion outage =
        Exclusion.global(
            "outage", new ExclusionWindow(at("Mon 10:00"), at("Mon 12:00"), "supplier outage"));
    SlaConfiguration config =
        config(
            List.of(
                new SlaPolicy(
                    "p", "P", true, Scope.ALL, List.of(Policies.resolution(goal(ofHours(8)))))),
            outage);
    IssueHistory history =
        created(at("Mon 09:00"))
            // a condition pause overlapping the exclusion is removed once
            .status(at("Mon 11:00"), "Open", "Waiting for customer")
            .status(at("Mon 13:00"), "Waiting for customer", "Open")
            .build();

    Cycle cycle = clock(config, history, at("Mon 17:00")).current();

    assertThat(cycle.elapsed()).isEqualTo(ofHours(5));
    assertThat(cycle.deadline()).isEqualTo(at("Tue 12:00"));
    assertThat(cycle.pauses())
        .extracting(Pause::kind, Pause::cause)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Pause.Kind.EXCLUSION, "exclusion: supplier outage"),
            org.assertj.core.groups.Tuple.tuple(
                Pause.Kind.CONDITION, "status Waiting for customer"));
  }

  @Test
  void aKnownFutureExclusionMovesTheDeadline() {
    Exclusion maintenance =
        Exclusion.forIssue(
            "maint", new ExclusionWindow(at("Tue 09:00"), at("Tue 11:00"), "maintenance"), 10_001);
    SlaConfiguration config =
        config(
            List.of(
                new SlaPolicy(
                    "p", "P", true, Scope.ALL, List.of(Policies.resolution(goal(ofHours(8)))))),
            maintenance);
    IssueHistory history = created(at("Mon 13:00")).build();

    SlaClock clock = clock(config, history, at("Mon 14:00"));

    // 4h on Monday, then Tuesday from 11:00
    assertThat(clock.deadline()).isEqualTo(at("Tue 15:00"));
    assertThat(clock.current().pauses()).isEmpty();
  }

  /**
   * An exclusion names its issue by id: after a move to another project (a new key) it still
   * applies, and it never applies to another issue, nor while the key a file named is unresolved.
   */
  @Test
  void anExclusionFollowsItsIssueByIdWhateverItsKey() {
    ExclusionWindow outage = new ExclusionWindow(at("Mon 10:00"), at("Mon 12:00"), "outage");
    IssueHistory moved =
        created("HELP-1", at("Mon 09:00"))
            .change(at("Mon 09:30"), AGENT, "Key", "HELP-1", "OPS-9")
            .build();
    Metric metric = Policies.resolution(goal(ofHours(8)));

    Map<String, Exclusion> cases =
        Map.of(
            "own, by id", Exclusion.forIssue("own", outage, 10_001),
            "another issue's", Exclusion.forIssue("other", outage, 10_002),
            "by a key not resolved", new Exclusion("key", outage, null, "HELP-1"));
    Map<String, Duration> elapsed = new java.util.TreeMap<>();
    cases.forEach(
        (name, exclusion) ->
            elapsed.put(
                name,
                clock(
                        config(
                            List.of(new SlaPolicy("p", "P", true, Scope.ALL, List.of(metric))),
                            exclusion),
                        moved,
                        at("Mon 15:00"))
                    .current()
                    .elapsed()));

    assertThat(elapsed)
        .containsEntry("own, by id", ofHours(4))
        .containsEntry("another issue's", ofHours(6))
        .containsEntry("by a key not resolved", ofHours(6));
  }

  @Test
  void theCalendarCanFollowTheCustomersRegion() {
    Metric metric = Policies.firstResponse(Policies.goalByRegion(ofHours(2)));
    IssueHistory americas = created(at("Mon 09:00")).with("Region", "Americas").build();
    IssueHistory emea = created(at("Mon 09:00")).with("Region", "EMEA").build();

    // New York opens at 09:00 EST = 15:00 in Amsterdam
    assertThat(clock(config(metric), americas, at("Mon 10:00")).deadline())
        .isEqualTo(at("Mon 17:00"));
    assertThat(clock(config(metric), emea, at("Mon 10:00")).deadline()).isEqualTo(at("Mon 11:00"));
  }

  @Test
  void aRegionChangeCountsTheRestInTheNewCalendar() {
    Metric metric = Policies.resolution(Policies.goalByRegion(ofHours(8)));
    IssueHistory history =
        created(at("Mon 09:00"))
            .with("Region", "EMEA")
            .change(at("Mon 13:00"), AGENT, "Region", "EMEA", "Americas")
            .build();

    Cycle cycle = clock(config(metric), history, at("Mon 17:00")).current();

    // 4h counted in Amsterdam hours stay; from 13:00 New York hours (15:00-17:00 Amsterdam): 2h
    assertThat(cycle.elapsed()).isEqualTo(ofHours(6));
    assertThat(cycle.goal().calendar()).isEqualTo("NY 9-17");
    // 2h left in New York hours: Mon 17:00-19:00 Amsterdam is 11:00-13:00 in New York
    assertThat(cycle.deadline()).isEqualTo(at("Mon 19:00"));
  }

  @Test
  void theInternalTargetIsReachedBeforeTheGoal() {
    Metric metric = Policies.resolution(Policies.goalWithInternalTarget(ofHours(8), ofHours(6)));
    IssueHistory history =
        created(at("Mon 09:00")).resolve(at("Mon 16:00"), "Open", "Done").build();

    Cycle cycle = clock(config(metric), history, at("Tue 09:00")).current();

    assertThat(cycle.state()).isEqualTo(ClockState.MET);
    assertThat(cycle.atRiskAt()).isEqualTo(at("Mon 15:00"));
    assertThat(cycle.isAtRisk()).isTrue();
    assertThat(cycle.isBreached()).isFalse();
  }

  @Test
  void aMetricWhoseGoalRowsMatchNothingDoesNotApply() {
    Metric metric = Policies.resolution(goal("Highest", ofHours(4)));
    IssueHistory history =
        created(at("Mon 09:00")).resolve(at("Mon 16:00"), "Open", "Done").build();

    SlaClock clock = clock(config(metric), history, at("Tue 09:00"));

    assertThat(clock.cycles()).isEmpty();
    assertThat(clock.state()).isEqualTo(ClockState.NOT_STARTED);
  }

  @Test
  void aPendingCycleCountsFromItsStartOnceAGoalRowMatches() {
    Metric metric = Policies.resolution(goal("Highest", ofHours(4)), goal("Medium", ofHours(8)));
    IssueHistory history =
        created(at("Mon 09:00"))
            .with("priority", null)
            .change(at("Mon 09:01"), AGENT, "priority", null, "Highest")
            .build();

    Cycle cycle = clock(config(metric), history, at("Mon 10:00")).current();

    assertThat(cycle.start()).isEqualTo(at("Mon 09:00"));
    assertThat(cycle.elapsed()).isEqualTo(ofHours(1));
    assertThat(cycle.deadline()).isEqualTo(at("Mon 13:00"));
  }

  @Test
  void anIssueMovedToAnotherProjectFollowsThatProjectsPolicy() {
    SlaPolicy help =
        new SlaPolicy(
            "help",
            "Helpdesk",
            true,
            new Scope(new Criteria(Map.of("project", Set.of("HELP"))), Set.of(), null),
            List.of(Policies.firstResponseWithin(ofHours(8))));
    SlaPolicy ops =
        new SlaPolicy(
            "ops",
            "Operations",
            true,
            new Scope(new Criteria(Map.of("project", Set.of("OPS"))), Set.of(), null),
            List.of(Policies.firstResponseWithin(ofHours(1))));
    IssueHistory history =
        created(at("Mon 09:00"))
            .group(
                at("Mon 09:30"),
                AGENT,
                new IssueChange.Moved("HELP", "OPS"),
                new IssueChange.FieldChange("project", "HELP", "OPS"))
            .build();

    ClockEngine.Result result =
        ClockEngine.compute(
            config(List.of(help, ops)),
            history,
            config(List.of(help, ops)).listedDirectory(),
            JqlScope.UNKNOWN,
            at("Mon 11:00"));

    assertThat(result.policyId()).isEqualTo("ops");
    assertThat(result.clocks().projectKey()).isEqualTo("OPS");
    assertThat(result.shown().get(0).state()).isEqualTo(ClockState.RUNNING);
    assertThat(result.shown().get(0).current().isBreached()).isTrue();
  }

  @Test
  void aJqlScopeThatCannotBeEvaluatedIsReportedNotGuessed() {
    SlaPolicy vip =
        new SlaPolicy(
            "vip",
            "VIP",
            true,
            new Scope(Criteria.ANY, Set.of(), "organization = \"Acme\""),
            List.of(Policies.firstResponseWithin(ofHours(1))));
    SlaConfiguration config = config(List.of(vip));

    ClockEngine.Result offline =
        ClockEngine.compute(
            config,
            created(at("Mon 09:00")).build(),
            config.listedDirectory(),
            JqlScope.UNKNOWN,
            at("Mon 10:00"));
    ClockEngine.Result inJira =
        ClockEngine.compute(
            config,
            created(at("Mon 09:00")).build(),
            config.listedDirectory(),
            (jql, id) -> true,
            at("Mon 10:00"));

    assertThat(offline.isDetermined()).isFalse();
    assertThat(offline.undetermined()).contains("VIP").contains("organization = \"Acme\"");
    assertThat(inJira.policyId()).isEqualTo("vip");
  }

  @Test
  void aDeletedIssueHasNoClocks() {
    IssueHistory history =
        created(at("Mon 09:00")).group(at("Mon 10:00"), AGENT, new IssueChange.Deleted()).build();

    ClockEngine.Result result =
        ClockEngine.compute(
            config(Policies.firstResponseWithin(ofHours(1))),
            history,
            config(Policies.firstResponseWithin(ofHours(1))).listedDirectory(),
            JqlScope.UNKNOWN,
            at("Mon 11:00"));

    assertThat(result.clocks().clocks()).isEmpty();
  }

  @Test
  void anOlaRunsWhileTheEngineeringGroupHasTheIssue() {
    Metric ola =
        Policies.custom(
            "eng",
            List.of(new Trigger.AssignedToGroup("Engineering")),
            List.of(new Trigger.UnassignedFromGroup("Engineering")),
            goal(ofHours(4)));
    IssueHistory history =
        created(at("Mon 09:00"))
            .change(at("Mon 10:00"), AGENT, "assignee", AGENT, "eng.erik")
            .change(at("Mon 12:00"), "eng.erik", "assignee", "eng.erik", "eng.fay")
            .change(at("Mon 13:00"), "eng.fay", "assignee", "eng.fay", AGENT)
            .build();

    SlaClock clock = clock(config(ola), history, at("Mon 17:00"));

    assertThat(clock.cycles()).hasSize(1);
    assertThat(clock.current().elapsed()).isEqualTo(ofHours(3));
    assertThat(clock.state()).isEqualTo(ClockState.MET);
  }

  @Test
  void changesAfterNowAreIgnored() {
    IssueHistory history = created(at("Mon 09:00")).comment(AGENT, at("Mon 12:00")).build();

    SlaClock clock =
        clock(config(Policies.firstResponseWithin(ofHours(2))), history, at("Mon 10:00"));

    assertThat(clock.state()).isEqualTo(ClockState.RUNNING);
    assertThat(clock.current().elapsed()).isEqualTo(Duration.ofHours(1));
  }

  /**
   * Jira keeps a status by id; its name changes when an admin renames it. The first item was
   * recorded under the old name, the second under the new one: read by name, the issue would never
   * have been "Waiting on customer" before 12:00 and nothing would pause.
   */
  @Test
  void aStatusRenamedBetweenTwoChangesStillPausesForTheWholeSpan() {
    Metric resolution =
        new Metric(
            "ttr",
            "Time to resolution",
            List.of(new Trigger.Created()),
            List.of(new Trigger.ResolutionSet()),
            List.of(new PauseCondition.StatusIn(Set.of("Waiting on customer"))),
            false,
            List.of(goal(ofHours(8))),
            null,
            null);
    IssueHistory history =
        new IssueRecord(
                1,
                "HELP-1",
                at("Mon 09:00"),
                UserRef.of(CUSTOMER),
                CurrentFields.builder()
                    .project("HELP")
                    .status("3", "In Progress")
                    .reporter(CUSTOMER)
                    .build(),
                List.of(
                    new ChangeItemGroup(
                        at("Mon 10:00"),
                        UserRef.of(AGENT),
                        List.of(
                            ChangeItem.system(
                                "status", "1", "Open", "10100", "Waiting for customer"))),
                    new ChangeItemGroup(
                        at("Mon 12:00"),
                        UserRef.of(AGENT),
                        List.of(
                            ChangeItem.system(
                                "status", "10100", "Waiting on customer", "3", "In Progress")))),
                List.of())
            .toHistory();

    Cycle cycle = clock(config(resolution), history, at("Mon 15:00")).current();

    assertThat(cycle.pauses())
        .extracting(Pause::startInclusive, Pause::endExclusive, Pause::cause)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                at("Mon 10:00"), at("Mon 12:00"), "status Waiting on customer"));
    assertThat(cycle.elapsed()).isEqualTo(ofHours(4));
  }
}

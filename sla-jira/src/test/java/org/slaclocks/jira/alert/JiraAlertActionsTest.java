package org.slaclocks.jira.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockConstruction;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.config.LocaleManager;
import com.atlassian.jira.config.PriorityManager;
import com.atlassian.jira.config.properties.ApplicationProperties;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.issue.label.Label;
import com.atlassian.jira.issue.label.LabelManager;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.watchers.WatcherManager;
import com.atlassian.jira.mail.Email;
import com.atlassian.jira.mail.settings.MailSettings;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.security.roles.ProjectRole;
import com.atlassian.jira.security.roles.ProjectRoleActors;
import com.atlassian.jira.security.roles.ProjectRoleManager;
import com.atlassian.jira.timezone.TimeZoneManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.ErrorCollection;
import com.atlassian.jira.util.json.JSONObject;
import com.atlassian.jira.workflow.IssueWorkflowManager;
import com.atlassian.jira.workflow.TransitionOptions;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.mail.queue.SingleMailQueueItem;
import com.atlassian.mail.server.MailServerManager;
import com.atlassian.mail.server.SMTPMailServer;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import com.opensymphony.workflow.loader.ActionDescriptor;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.MockedConstruction;
import org.mockito.MockedStatic;
import org.mockito.Mockito;
import org.slaclocks.policy.AlertAction;
import org.slaclocks.policy.AlertRule;
import org.slaclocks.policy.Criteria;
import org.slaclocks.policy.Recipient;
import org.slaclocks.tracking.AlertActions.Failure;
import org.slaclocks.tracking.AlertNotice;
import org.slaclocks.web.view.AlertMail;

/**
 * What an administrator sees of reminders and escalations in Jira: who gets the e-mail (each person
 * once, only people who may see the issue, each in their language and zone), that a mail server
 * down means "try again later" and a refusal of Jira's workflow does not, and that a firing done
 * once is not done twice on the issue.
 */
class JiraAlertActionsTest {
  private static final Instant DUE = Instant.parse("2026-03-02T09:00:00Z");

  private final IssueManager issueManager = mock(IssueManager.class);
  private final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
  private final UserManager users = mock(UserManager.class);
  private final GroupManager groups = mock(GroupManager.class);
  private final ProjectRoleManager roles = mock(ProjectRoleManager.class);
  private final WatcherManager watchers = mock(WatcherManager.class);
  private final PermissionManager permissions = mock(PermissionManager.class);
  private final MailQueue mailQueue = mock(MailQueue.class);
  private final MailServerManager mailServers = mock(MailServerManager.class);
  private final MailSettings mailSettings = mock(MailSettings.class);
  private final MailSettings.Send send = mock(MailSettings.Send.class);
  private final LocaleManager locales = mock(LocaleManager.class);
  private final TimeZoneManager zones = mock(TimeZoneManager.class);
  private final ApplicationProperties properties = mock(ApplicationProperties.class);
  private final IssueService issueService = mock(IssueService.class);
  private final IssueWorkflowManager workflows = mock(IssueWorkflowManager.class);
  private final CommentManager comments = mock(CommentManager.class);
  private final LabelManager labels = mock(LabelManager.class);
  private final PriorityManager priorities = mock(PriorityManager.class);
  private final PluginSettingsFactory settingsFactory = mock(PluginSettingsFactory.class);
  private final PluginSettings settings = mock(PluginSettings.class);

  /** What the mail was rendered for, one line per mail: language, zone and the issue's link. */
  private final List<String> rendered = new ArrayList<>();

  private final AlertMail mails = mock(AlertMail.class);

  private final JiraAlertActions actions =
      new JiraAlertActions(
          issueManager,
          authentication,
          new AlertMailer(
              new AlertRecipients(users, groups, roles, watchers, permissions),
              mails,
              mailQueue,
              mailServers,
              mailSettings,
              locales,
              zones,
              properties),
          new IssueChanges(
              issueService, workflows, comments, labels, priorities, users, permissions),
          new ActingUser(users, settingsFactory));

  private final Project project = mock(Project.class);
  private final MutableIssue issue = mock(MutableIssue.class);
  private final ApplicationUser lead = user("lead", "lead@example.com", Locale.ENGLISH, "UTC");
  private final ApplicationUser ann =
      user("ann", "ann@example.com", Locale.GERMAN, "Europe/Berlin");
  private final ApplicationUser bob =
      user("bob", "bob@example.com", new Locale("nl"), "America/New_York");

  JiraAlertActionsTest() {
    when(project.getKey()).thenReturn("HELP");
    when(project.getProjectLead()).thenReturn(lead);
    when(issue.getId()).thenReturn(10001L);
    when(issue.getKey()).thenReturn("HELP-1");
    when(issue.getSummary()).thenReturn("Printer on fire");
    when(issue.getProjectObject()).thenReturn(project);
    when(issueManager.getIssueObject(10001L)).thenReturn(issue);
    when(mailSettings.send()).thenReturn(send);
    when(mailServers.getDefaultSMTPMailServer()).thenReturn(mock(SMTPMailServer.class));
    when(properties.getString("jira.baseurl")).thenReturn("https://jira.example.com/");
    when(settingsFactory.createGlobalSettings()).thenReturn(settings);
    when(mails.render(any(), any(), any(), any(), any()))
        .thenAnswer(
            call -> {
              rendered.add(
                  call.getArgument(3) + " " + call.getArgument(4) + " " + call.getArgument(2));
              return new AlertMail.Message(
                  "[HELP-1] " + call.getArgument(1), "text", "<p>" + call.getArgument(3) + "</p>");
            });
  }

  private ApplicationUser user(String name, String address, Locale locale, String zone) {
    ApplicationUser user = mock(ApplicationUser.class);
    when(user.getKey()).thenReturn("key-" + name);
    when(user.getUsername()).thenReturn(name);
    when(user.getEmailAddress()).thenReturn(address);
    when(user.isActive()).thenReturn(true);
    when(users.getUserByName(name)).thenReturn(user);
    when(users.getUserByKey("key-" + name)).thenReturn(user);
    when(locales.getLocaleFor(user)).thenReturn(locale);
    when(zones.getTimeZoneforUser(user)).thenReturn(TimeZone.getTimeZone(ZoneId.of(zone)));
    when(permissions.hasPermission(any(), eq(issue), eq(user))).thenReturn(true);
    return user;
  }

  private static AlertNotice notice(AlertAction action) {
    AlertRule rule =
        new AlertRule(
            "esc-1",
            AlertRule.Kind.ESCALATION,
            new AlertRule.AfterBreach(Duration.ZERO),
            1,
            null,
            Criteria.ANY,
            List.of(action));
    return new AlertNotice(
        10001L,
        "HELP-1",
        "support",
        "Support",
        "ttr",
        "Time to resolution",
        0,
        rule,
        1,
        DUE,
        DUE,
        Duration.ofHours(8),
        AlertNotice.markerOf(42));
  }

  private static AlertAction.Email email(Recipient... to) {
    return new AlertAction.Email(List.of(to));
  }

  /** Performs {@code action}, capturing the mails queued: address -> subject. */
  private List<String> mailsOf(AlertAction action, List<String> outcome) throws Failure {
    List<String> mails = new ArrayList<>();
    try (MockedConstruction<Email> emails =
            mockConstruction(
                Email.class, (mock, context) -> mails.add((String) context.arguments().get(0)));
        MockedConstruction<SingleMailQueueItem> items =
            mockConstruction(SingleMailQueueItem.class)) {
      outcome.add(actions.perform(notice(action), action));
      assertThat(items.constructed()).hasSize(emails.constructed().size());
      for (Email email : emails.constructed()) {
        verify(email).setMimeType("text/html");
      }
    }
    return mails;
  }

  @Test
  void mailsEachPersonOnceHoweverManyRecipientsNameThem() throws Failure {
    when(issue.getAssignee()).thenReturn(ann);
    when(watchers.getWatchersUnsorted(issue)).thenReturn(List.of(bob, ann));
    when(groups.getUsersInGroup("support-leads")).thenReturn(List.of(ann, lead, bob));
    List<String> outcome = new ArrayList<>();

    List<String> mails =
        mailsOf(
            email(
                Recipient.of(Recipient.Kind.ASSIGNEE),
                Recipient.of(Recipient.Kind.WATCHERS),
                new Recipient(Recipient.Kind.GROUP, "support-leads"),
                Recipient.of(Recipient.Kind.PROJECT_LEAD)),
            outcome);

    assertThat(mails).containsExactly("ann@example.com", "bob@example.com", "lead@example.com");
    assertThat(outcome).containsExactly("e-mail to 3 people: ann, bob, lead");
  }

  @Test
  void leavesOutInactivePeoplePeopleWhoMayNotSeeTheIssueAndPeopleWithoutAnAddressWithALineEach()
      throws Failure {
    ApplicationUser gone = user("gone", "gone@example.com", Locale.ENGLISH, "UTC");
    when(gone.isActive()).thenReturn(false);
    ApplicationUser outsider = user("outsider", "o@example.com", Locale.ENGLISH, "UTC");
    when(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, outsider))
        .thenReturn(false);
    ApplicationUser silent = user("silent", " ", Locale.ENGLISH, "UTC");
    when(groups.getUsersInGroup("all")).thenReturn(List.of(gone, ann, outsider, silent));
    List<String> outcome = new ArrayList<>();

    List<String> mails =
        mailsOf(
            email(
                new Recipient(Recipient.Kind.GROUP, "all"),
                new Recipient(Recipient.Kind.USER, "nobody"),
                new Recipient(Recipient.Kind.ROLE, "Developers")),
            outcome);

    assertThat(mails).containsExactly("ann@example.com");
    assertThat(outcome)
        .containsExactly(
            "e-mail to 1 person: ann; not sent: no user named nobody, nobody in project role"
                + " Developers (or no such role), gone (inactive), outsider (may not browse"
                + " HELP-1), silent (no e-mail address)");
  }

  @Test
  void mailsTheMembersOfAProjectRoleInTheIssuesProject() throws Failure {
    ProjectRole developers = mock(ProjectRole.class);
    ProjectRoleActors actors = mock(ProjectRoleActors.class);
    when(roles.getProjectRole("Developers")).thenReturn(developers);
    when(roles.getProjectRoleActors(developers, project)).thenReturn(actors);
    when(actors.getApplicationUsers()).thenReturn(Set.of(bob));
    List<String> outcome = new ArrayList<>();

    List<String> mails = mailsOf(email(new Recipient(Recipient.Kind.ROLE, "Developers")), outcome);

    assertThat(mails).containsExactly("bob@example.com");
    assertThat(outcome).containsExactly("e-mail to 1 person: bob");
  }

  @Test
  void reassignsThroughIssueServiceAsTheActingUser() throws Failure {
    when(issue.getAssignee()).thenReturn(ann);
    IssueService.AssignValidationResult valid = mock(IssueService.AssignValidationResult.class);
    when(valid.isValid()).thenReturn(true);
    IssueService.IssueResult assigned = mock(IssueService.IssueResult.class);
    when(assigned.isValid()).thenReturn(true);
    when(issueService.validateAssign(lead, 10001L, "bob")).thenReturn(valid);
    when(issueService.assign(lead, valid)).thenReturn(assigned);
    AlertAction action = new AlertAction.Reassign("bob");

    assertThat(actions.perform(notice(action), action)).isEqualTo("assigned to bob by lead");
    verify(issueService).assign(lead, valid);
  }

  @Test
  void anEmailThatReachesNobodyFailsForGoodSayingWhy() {
    when(issue.getAssignee()).thenReturn(null);
    when(watchers.getWatchersUnsorted(issue)).thenReturn(List.of());
    AlertAction action =
        email(Recipient.of(Recipient.Kind.ASSIGNEE), Recipient.of(Recipient.Kind.WATCHERS));

    assertThatThrownBy(() -> actions.perform(notice(action), action))
        .isInstanceOfSatisfying(Failure.class, f -> assertThat(f.isRetryable()).isFalse())
        .hasMessage("e-mail to nobody: no assignee, no watchers");
    verify(mailQueue, never()).addItem(any());
  }

  @Test
  void writesToEachPersonInTheirOwnLanguageAndTimeZone() throws Failure {
    when(issue.getAssignee()).thenReturn(ann);
    when(issue.getReporter()).thenReturn(bob);

    mailsOf(
        email(Recipient.of(Recipient.Kind.ASSIGNEE), Recipient.of(Recipient.Kind.REPORTER)),
        new ArrayList<>());

    assertThat(rendered)
        .containsExactly(
            "de Europe/Berlin https://jira.example.com/browse/HELP-1",
            "nl America/New_York https://jira.example.com/browse/HELP-1");
  }

  @Test
  void withoutAMailServerTheEmailIsTriedAgainLaterAndNothingIsQueued() {
    when(mailServers.getDefaultSMTPMailServer()).thenReturn(null);
    when(issue.getAssignee()).thenReturn(ann);
    AlertAction action = email(Recipient.of(Recipient.Kind.ASSIGNEE));

    assertThatThrownBy(() -> actions.perform(notice(action), action))
        .isInstanceOfSatisfying(Failure.class, f -> assertThat(f.isRetryable()).isTrue())
        .hasMessageContaining("no outgoing mail server");
    verify(mailQueue, never()).addItem(any());
  }

  @Test
  void withOutgoingMailDisabledTheEmailIsTriedAgainLater() {
    when(send.isDisabled()).thenReturn(true);
    AlertAction action = email(Recipient.of(Recipient.Kind.ASSIGNEE));

    assertThatThrownBy(() -> actions.perform(notice(action), action))
        .isInstanceOfSatisfying(Failure.class, f -> assertThat(f.isRetryable()).isTrue())
        .hasMessageContaining("outgoing mail is disabled");
    verify(mailQueue, never()).addItem(any());
  }

  @Test
  void aCommentCarryingTheFiringsMarkerIsNotPostedAgain() throws Failure {
    Comment earlier = mock(Comment.class);
    when(earlier.getBody()).thenReturn("Breached: please look\n\n[sla-alert:42]");
    when(comments.getComments(issue)).thenReturn(List.of(earlier));
    AlertAction action = new AlertAction.Comment(true, "Breached: please look");

    assertThat(actions.perform(notice(action), action))
        .isEqualTo("already done: internal comment sla-alert:42");
    verify(comments, never()).create(any(), any(), any(), any(), any(), any(), any(), anyBoolean());
  }

  @Test
  void anInternalCommentIsPostedAsTheProjectLeadWithTheMarkerAndServiceManagementsInternalFlag()
      throws Failure {
    when(comments.getComments(issue)).thenReturn(List.of());
    AlertAction action = new AlertAction.Comment(true, "Breached: please look");
    String outcome;
    List<Map<?, ?>> flags = new ArrayList<>();
    try (MockedConstruction<JSONObject> json =
        mockConstruction(
            JSONObject.class,
            (mock, context) -> flags.add((Map<?, ?>) context.arguments().get(0)))) {
      outcome = actions.perform(notice(action), action);
      assertThat(json.constructed()).hasSize(1);
    }

    assertThat(outcome).isEqualTo("internal comment added by lead");
    @SuppressWarnings("unchecked")
    ArgumentCaptor<Map<String, JSONObject>> commentProperties = ArgumentCaptor.forClass(Map.class);
    verify(comments)
        .create(
            eq(issue),
            eq(lead),
            eq("Breached: please look\n\n[sla-alert:42]"),
            eq(null),
            eq(null),
            eq(null),
            commentProperties.capture(),
            eq(true));
    assertThat(commentProperties.getValue()).containsOnlyKeys("sd.public.comment");
    assertThat(flags).containsExactly(Map.of("internal", true));
    verify(authentication).setLoggedInUser(lead);
  }

  @Test
  void aTransitionTheWorkflowRefusesFailsWithJirasMessageAndIsNotRetried() {
    ActionDescriptor escalate = mock(ActionDescriptor.class);
    when(escalate.getId()).thenReturn(31);
    when(escalate.getName()).thenReturn("Escalate");
    TransitionOptions defaults = mock(TransitionOptions.class);
    IssueService.TransitionValidationResult refused =
        mock(IssueService.TransitionValidationResult.class);
    ErrorCollection errors = mock(ErrorCollection.class);
    when(errors.getErrorMessages()).thenReturn(List.of("Resolution is required."));
    when(refused.isValid()).thenReturn(false);
    when(refused.getErrorCollection()).thenReturn(errors);
    when(issueService.newIssueInputParameters()).thenReturn(mock(IssueInputParameters.class));
    when(issueService.validateTransition(eq(lead), eq(10001L), eq(31), any())).thenReturn(refused);
    AlertAction action = new AlertAction.Transition("escalate");

    try (MockedStatic<TransitionOptions> options = Mockito.mockStatic(TransitionOptions.class)) {
      options.when(TransitionOptions::defaults).thenReturn(defaults);
      when(workflows.getSortedAvailableActions(issue, defaults, lead))
          .thenReturn(List.of(escalate));

      assertThatThrownBy(() -> actions.perform(notice(action), action))
          .isInstanceOfSatisfying(Failure.class, f -> assertThat(f.isRetryable()).isFalse())
          .hasMessage("Jira refused to transition HELP-1 by \"Escalate\": Resolution is required.");
    }
    verify(issueService, never()).transition(any(), any());
  }

  @Test
  void aTransitionTheActingUserIsNotOfferedNamesTheOnesThatAre() {
    Status waiting = mock(Status.class);
    when(waiting.getName()).thenReturn("Waiting for customer");
    when(issue.getStatus()).thenReturn(waiting);
    ActionDescriptor respond = mock(ActionDescriptor.class);
    when(respond.getName()).thenReturn("Respond");
    AlertAction action = new AlertAction.Transition("Escalate");

    TransitionOptions defaults = mock(TransitionOptions.class);
    try (MockedStatic<TransitionOptions> options = Mockito.mockStatic(TransitionOptions.class)) {
      options.when(TransitionOptions::defaults).thenReturn(defaults);
      when(workflows.getSortedAvailableActions(issue, defaults, lead)).thenReturn(List.of(respond));

      assertThatThrownBy(() -> actions.perform(notice(action), action))
          .isInstanceOfSatisfying(Failure.class, f -> assertThat(f.isRetryable()).isFalse())
          .hasMessage(
              "transition \"Escalate\" is not available on HELP-1 in status Waiting for customer"
                  + " for lead (available: Respond)");
    }
    verify(issueService, never()).validateTransition(any(), anyLong(), anyInt(), any());
  }

  @Test
  void aLabelAlreadyOnTheIssueIsAlreadyDone() throws Failure {
    Label breached = mock(Label.class);
    when(breached.getLabel()).thenReturn("sla-breached");
    when(issue.getLabels()).thenReturn(Set.of(breached));
    AlertAction action = new AlertAction.AddLabel("sla-breached");

    assertThat(actions.perform(notice(action), action))
        .isEqualTo("already done: label sla-breached");
    verify(labels, never()).addLabel(any(), anyLong(), anyString(), anyBoolean());
  }

  @Test
  void aLabelIsAddedByTheActingUserSetForTheAppWhenTheyMayEditTheIssue() throws Failure {
    when(settings.get(ActingUser.SETTING)).thenReturn("key-bob");
    when(issue.getLabels()).thenReturn(Set.of());
    AlertAction action = new AlertAction.AddLabel("sla-breached");

    assertThat(actions.perform(notice(action), action))
        .isEqualTo("label sla-breached added by bob");
    verify(labels).addLabel(bob, 10001L, "sla-breached", false);
  }

  @Test
  void anActingUserWhoMayNotEditTheIssueFailsWithoutARetry() {
    when(permissions.hasPermission(ProjectPermissions.EDIT_ISSUES, issue, lead)).thenReturn(false);
    when(issue.getLabels()).thenReturn(Set.of());
    AlertAction action = new AlertAction.AddLabel("sla-breached");

    assertThatThrownBy(() -> actions.perform(notice(action), action))
        .isInstanceOfSatisfying(Failure.class, f -> assertThat(f.isRetryable()).isFalse())
        .hasMessage("lead, who acts for SLA alerts, may not edit HELP-1");
  }

  @Test
  void aProjectWithoutALeadAndNoActingUserSetFailsNamingTheSetting() {
    when(project.getProjectLead()).thenReturn(null);
    AlertAction action = new AlertAction.AddLabel("sla-breached");

    assertThatThrownBy(() -> actions.perform(notice(action), action))
        .isInstanceOfSatisfying(Failure.class, f -> assertThat(f.isRetryable()).isFalse())
        .hasMessageContaining("project HELP has no lead")
        .hasMessageContaining(ActingUser.SETTING);
  }

  @Test
  void aPriorityIsSetThroughIssueServiceWithItsValidation() throws Failure {
    com.atlassian.jira.issue.priority.Priority high =
        mock(com.atlassian.jira.issue.priority.Priority.class);
    when(high.getId()).thenReturn("2");
    when(high.getName()).thenReturn("High");
    when(priorities.getPriorities()).thenReturn(List.of(high));
    IssueInputParameters parameters = mock(IssueInputParameters.class);
    when(issueService.newIssueInputParameters()).thenReturn(parameters);
    when(parameters.setPriorityId("2")).thenReturn(parameters);
    IssueService.UpdateValidationResult valid = mock(IssueService.UpdateValidationResult.class);
    when(valid.isValid()).thenReturn(true);
    IssueService.IssueResult updated = mock(IssueService.IssueResult.class);
    when(updated.isValid()).thenReturn(true);
    when(issueService.validateUpdate(lead, 10001L, parameters)).thenReturn(valid);
    when(issueService.update(lead, valid)).thenReturn(updated);
    AlertAction action = new AlertAction.SetPriority("high");

    assertThat(actions.perform(notice(action), action)).isEqualTo("priority set to High by lead");
    verify(issueService).update(lead, valid);
  }

  @Test
  void anErrorOfJirasThatIsNotARefusalIsTriedAgain() {
    when(comments.getComments(issue)).thenThrow(new IllegalStateException("connection reset"));
    AlertAction action = new AlertAction.Comment(false, "Breached");

    assertThatThrownBy(() -> actions.perform(notice(action), action))
        .isInstanceOfSatisfying(Failure.class, f -> assertThat(f.isRetryable()).isTrue())
        .hasMessageContaining("connection reset");
    verify(authentication).setLoggedInUser(null);
  }

  @Test
  void aDeletedIssueFailsWithoutARetry() {
    when(issueManager.getIssueObject(10001L)).thenReturn(null);
    AlertAction action = new AlertAction.AddLabel("x");

    assertThatThrownBy(() -> actions.perform(notice(action), action))
        .isInstanceOfSatisfying(Failure.class, f -> assertThat(f.isRetryable()).isFalse())
        .hasMessage("issue HELP-1 no longer exists");
  }
}

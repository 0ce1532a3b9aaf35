package org.slaclocks.sandbox;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.slaclocks.history.FieldNames;
import org.slaclocks.history.IssueState;
import org.slaclocks.policy.AlertAction;
import org.slaclocks.policy.Recipient;
import org.slaclocks.policy.SlaConfiguration;
import org.slaclocks.tracking.AlertActions;
import org.slaclocks.tracking.AlertNotice;
import org.slaclocks.web.view.AlertMail;

/**
 * The actions of reminders and escalations in the sandbox: e-mails go to its outbox (each person
 * once, in their language and zone, rendered by the same {@link AlertMail} as in Jira), and the
 * other actions are recorded on the issue (shown on its page) rather than changing the exports.
 * Recipients are resolved from the sandbox's people, the people the exports name and the
 * configuration's groups; one it cannot resolve is said in the outcome line, and only a mail to
 * nobody at all fails.
 */
public final class SandboxAlertActions implements AlertActions {
  /** People the exports name but the sandbox does not know: their mail is in English, UTC. */
  private static final Locale UNKNOWN_LOCALE = Locale.ENGLISH;

  private final LoadedIssues issues;
  private final SandboxPeople people;
  private final Supplier<SlaConfiguration> configuration;
  private final SandboxOutbox outbox;
  private final AlertMail mail;
  private final Clock clock;
  private final Supplier<String> baseUrl;

  /**
   * @param baseUrl the sandbox's address ({@code http://127.0.0.1:8339/}), for the mails' links
   */
  public SandboxAlertActions(
      LoadedIssues issues,
      SandboxPeople people,
      Supplier<SlaConfiguration> configuration,
      SandboxOutbox outbox,
      AlertMail mail,
      Clock clock,
      Supplier<String> baseUrl) {
    this.issues = Objects.requireNonNull(issues, "issues");
    this.people = Objects.requireNonNull(people, "people");
    this.configuration = Objects.requireNonNull(configuration, "configuration");
    this.outbox = Objects.requireNonNull(outbox, "outbox");
    this.mail = Objects.requireNonNull(mail, "mail");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
  }

  @Override
  public String perform(AlertNotice notice, AlertAction action) throws Failure {
    LoadedIssues.Issue issue =
        issues
            .byId(notice.issueId())
            .orElseThrow(
                () -> new Failure("issue " + notice.issueKey() + " is not in the exports", false));
    if (action instanceof AlertAction.Email email) {
      return email(notice, issue, email);
    }
    String text = describe(action);
    if (outbox.done(notice.marker(), action.key(), text).isPresent()) {
      return "already done: " + text;
    }
    outbox.record(clock.instant(), issue.key(), notice.marker(), action.key(), text);
    return text;
  }

  /** What the issue's page lists: "internal comment: ...", "priority set to Highest", ... */
  private static String describe(AlertAction action) {
    if (action instanceof AlertAction.Comment c) {
      return (c.internal() ? "internal comment: " : "public comment: ") + c.text();
    } else if (action instanceof AlertAction.SetPriority p) {
      return "priority set to " + p.priority();
    } else if (action instanceof AlertAction.Reassign r) {
      return "assigned to " + r.user();
    } else if (action instanceof AlertAction.Transition t) {
      return "transition " + t.transition();
    } else if (action instanceof AlertAction.AddLabel l) {
      return "label " + l.label() + " added";
    }
    return action.describe();
  }

  private String email(AlertNotice notice, LoadedIssues.Issue issue, AlertAction.Email email)
      throws Failure {
    IssueState state = issue.history().stateAt(clock.instant());
    Map<String, Person> to = new LinkedHashMap<>();
    List<String> unresolved = new ArrayList<>();
    for (Recipient recipient : email.to()) {
      resolve(recipient, state, to, unresolved);
    }
    if (to.isEmpty()) {
      throw new Failure(
          "nobody to e-mail: " + String.join("; ", unresolved), /* retryable= */ false);
    }
    String summary = issues.fieldsAt(issue, clock.instant()).summary();
    String url = baseUrl.get() + "browse/" + issue.key();
    List<String> names = new ArrayList<>();
    for (Person person : to.values()) {
      if (outbox.mails().stream()
          .anyMatch(m -> m.marker().equals(notice.marker()) && m.to().equals(person.address()))) {
        names.add(person.name() + " (already sent)");
        continue;
      }
      AlertMail.Message message = mail.render(notice, summary, url, person.locale(), person.zone());
      outbox.send(
          clock.instant(),
          issue.key(),
          notice.marker(),
          person.address(),
          message.subject(),
          message.text(),
          message.html());
      names.add(person.name());
    }
    String line =
        "e-mail to "
            + (names.size() == 1 ? "1 person: " : names.size() + " people: ")
            + String.join(", ", names);
    return unresolved.isEmpty() ? line : line + "; not sent to " + String.join("; ", unresolved);
  }

  /** Someone to mail: a sandbox person in their language and zone, or someone an export names. */
  private record Person(String userKey, String name, Locale locale, java.time.ZoneId zone) {
    String address() {
      return name + " <" + userKey + ">";
    }
  }

  private void resolve(
      Recipient recipient, IssueState state, Map<String, Person> to, List<String> unresolved) {
    switch (recipient.kind()) {
      case ASSIGNEE, REPORTER -> {
        String key =
            state.get(
                recipient.kind() == Recipient.Kind.ASSIGNEE
                    ? FieldNames.ASSIGNEE
                    : FieldNames.REPORTER);
        if (key == null) {
          unresolved.add(recipient.describe() + " (the issue has none)");
        } else {
          person(key).ifPresentOrElse(p -> to.putIfAbsent(p.userKey(), p), () -> add(key, to));
        }
      }
      case USER -> {
        java.util.Optional<Person> person = person(recipient.name());
        if (person.isPresent()) {
          to.putIfAbsent(person.get().userKey(), person.get());
        } else {
          unresolved.add(recipient.describe() + " (not known to the sandbox)");
        }
      }
      case GROUP -> {
        Set<String> members = configuration.get().groups().get(recipient.name());
        if (members == null || members.isEmpty()) {
          unresolved.add(recipient.describe() + " (no such group in the policy file's \"groups\")");
        } else {
          members.forEach(key -> add(key, to));
        }
      }
      case WATCHERS -> unresolved.add(recipient.describe() + " (the exports do not list watchers)");
      case ROLE ->
          unresolved.add(recipient.describe() + " (the sandbox knows no project role's members)");
      case PROJECT_LEAD ->
          unresolved.add(recipient.describe() + " (the exports do not name project leads)");
    }
  }

  private void add(String userKey, Map<String, Person> to) {
    to.putIfAbsent(
        userKey,
        person(userKey).orElse(new Person(userKey, userKey, UNKNOWN_LOCALE, ZoneOffset.UTC)));
  }

  /** A sandbox person by user key, or a person an export names (English, UTC). */
  private java.util.Optional<Person> person(String userKey) {
    java.util.Optional<SandboxPerson> local = people.byKey(userKey);
    if (local.isPresent()) {
      SandboxPerson p = local.get();
      return java.util.Optional.of(new Person(p.userKey(), p.displayName(), p.locale(), p.zone()));
    }
    return issues
        .displayName(userKey)
        .map(name -> new Person(userKey, name, UNKNOWN_LOCALE, ZoneOffset.UTC));
  }
}

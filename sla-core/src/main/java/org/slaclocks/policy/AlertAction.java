package org.slaclocks.policy;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What a reminder or an escalation does on the issue: e-mail people, comment, set the priority,
 * reassign, transition, add a label. Each is a value; doing it is the app's (through Jira's mail
 * server, comment and workflow services).
 */
public sealed interface AlertAction {
  /** The word the policy file uses ({@code email}, {@code set-priority}, ...). */
  String key();

  /** One line for people: {@code email assignee, group support-leads}. */
  String describe();

  /** An e-mail to every recipient (each person once, however many recipients name them). */
  record Email(List<Recipient> to) implements AlertAction {
    public Email {
      to = List.copyOf(to);
      if (to.isEmpty()) {
        throw new IllegalArgumentException("an e-mail needs at least one recipient");
      }
    }

    public String key() {
      return "email";
    }

    public String describe() {
      return "email " + to.stream().map(Recipient::describe).collect(Collectors.joining(", "));
    }
  }

  /** A comment, internal (agents only) or public (the customer sees it). */
  record Comment(boolean internal, String text) implements AlertAction {
    public Comment {
      requireText(text, "text");
    }

    public String key() {
      return "comment";
    }

    public String describe() {
      return (internal ? "internal" : "public") + " comment \"" + text + "\"";
    }
  }

  record SetPriority(String priority) implements AlertAction {
    public SetPriority {
      requireText(priority, "priority");
    }

    public String key() {
      return "set-priority";
    }

    public String describe() {
      return "set priority " + priority;
    }
  }

  record Reassign(String user) implements AlertAction {
    public Reassign {
      requireText(user, "user");
    }

    public String key() {
      return "reassign";
    }

    public String describe() {
      return "reassign to " + user;
    }
  }

  /** A workflow transition by name; the workflow's conditions and validators still apply. */
  record Transition(String transition) implements AlertAction {
    public Transition {
      requireText(transition, "transition");
    }

    public String key() {
      return "transition";
    }

    public String describe() {
      return "transition " + transition;
    }
  }

  /** A label; Jira labels have no spaces. */
  record AddLabel(String label) implements AlertAction {
    public AddLabel {
      requireText(label, "label");
      if (label.chars().anyMatch(Character::isWhitespace)) {
        throw new IllegalArgumentException("a label has no spaces, was '" + label + "'");
      }
    }

    public String key() {
      return "add-label";
    }

    public String describe() {
      return "add label " + label;
    }
  }

  private static void requireText(String value, String field) {
    Objects.requireNonNull(value, field);
    if (value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be empty");
    }
  }
}

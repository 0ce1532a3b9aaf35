package org.slaclocks.tracking;

import org.slaclocks.policy.AlertAction;

/**
 * Does the actions of reminders and escalations in the host (Jira: its mail queue, comment, issue
 * and workflow services; the sandbox: its outbox and issues). Called by the alert job, outside any
 * request, as the app's own service user where Jira needs one.
 */
public interface AlertActions {

  /**
   * Does {@code action} for {@code notice}. An action that can be checked first looks for the
   * firing's marker and reports "already done" instead of doing it again.
   *
   * @return one line for people: what was done ({@code "e-mail to 3 people: ann, bob, cy"})
   * @throws Failure when it could not be done
   */
  String perform(AlertNotice notice, AlertAction action) throws Failure;

  /** Why an action could not be done, and whether trying again later may help. */
  final class Failure extends Exception {
    private final boolean retryable;

    public Failure(String message, boolean retryable) {
      super(message);
      this.retryable = retryable;
    }

    public Failure(String message, boolean retryable, Throwable cause) {
      super(message, cause);
      this.retryable = retryable;
    }

    /** A mail server down is worth a retry; a transition the workflow refuses is not. */
    public boolean isRetryable() {
      return retryable;
    }
  }
}

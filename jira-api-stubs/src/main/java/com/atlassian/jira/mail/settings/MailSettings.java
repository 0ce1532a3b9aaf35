// Source: turgaycelik/mysource@44f29e3 (Jira 6.3.15) jira-api/.../mail/settings/MailSettings.java
// (@PublicApi interface; send(); static class Send with isDisabled()); registered as a provided
// component (ContainerRegistrar.java:2228). Only Jira <= 8 sources: docs/jira-api-references.md.
package com.atlassian.jira.mail.settings;

/** Jira's mail settings: whether outgoing mail is disabled (the administration switch). */
public interface MailSettings {
  Send send();

  /** Outgoing mail. */
  class Send {
    private Send() {
      throw new UnsupportedOperationException("stub");
    }

    /** True when outgoing mail is disabled (by the administrator or a system property). */
    public boolean isDisabled() {
      throw new UnsupportedOperationException("stub");
    }
  }
}

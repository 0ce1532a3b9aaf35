// Source: atlassian-mail 5.3.0 decompiled (ngannk-fptu/Decompiled-Files@e0c88ec, Platform 6)
// com/atlassian/mail/server/MailServerManager.java:24,47-48 (interface; @Nullable SMTPMailServer
// getDefaultSMTPMailServer()); atlassian-mail 2.5.6 MailServerManager.java:17,48. Jira registers it
// as a provided component (turgaycelik/mysource@44f29e3, Jira 6.3.15,
// ContainerRegistrar.java:1808).
// Every member: docs/jira-api-references.md.
package com.atlassian.mail.server;

/** The configured mail servers. */
public interface MailServerManager {
  /** The outgoing mail server, or null when none is configured. */
  SMTPMailServer getDefaultSMTPMailServer();
}

// Source: atlassian-mail 2.5.6 com/atlassian/mail/server/SMTPMailServer.java:10 (interface; the app
// only tests the value for null). docs/jira-api-references.md.
package com.atlassian.mail.server;

/** Jira's outgoing (SMTP) mail server. */
public interface SMTPMailServer {}

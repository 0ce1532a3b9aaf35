// Source: atlassian-mail 5.3.0 decompiled (ngannk-fptu/Decompiled-Files@e0c88ec, Platform 6)
// com/atlassian/mail/server/SMTPMailServer.java:11 (interface extending MailServer; the app only
// tests the value for null). docs/jira-api-references.md.
package com.atlassian.mail.server;

/** Jira's outgoing (SMTP) mail server. */
public interface SMTPMailServer {}

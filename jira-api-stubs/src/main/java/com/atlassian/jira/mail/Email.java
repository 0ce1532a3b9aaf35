// Source: mailru/jira-plugins-mrimsender@12bdf7f (Jira 9.4.1) AccessRequestService.java:420
// new Email(to.getEmailAddress()); declaration: turgaycelik/mysource@44f29e3 (Jira 6.3.15)
// jira-api/.../mail/Email.java (public class Email extends com.atlassian.mail.Email, overrides
// setSubject). Every member: docs/jira-api-references.md.
package com.atlassian.jira.mail;

/** Jira's e-mail: adds Jira's headers and its mail encoding on construction. */
public class Email extends com.atlassian.mail.Email {
  public Email(String to) {
    super(to);
  }

  @Override
  public com.atlassian.mail.Email setSubject(String subject) {
    throw new UnsupportedOperationException("stub");
  }
}

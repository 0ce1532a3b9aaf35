// Source: atlassian-mail 2.5.6 (turgaycelik/mysource@44f29e3 dependencySources/
// atlassian-mail-2.5.6-sources.jar, com/atlassian/mail/Email.java:48,99,129,135); used on Jira
// 9.4.1
// through its Jira subclass (mailru/jira-plugins-mrimsender@12bdf7f AccessRequestService.java:420).
// Every member: docs/jira-api-references.md. Only Jira <= 8 sources show: the setters.
package com.atlassian.mail;

/** An e-mail of atlassian-mail: recipients, subject, body and its MIME type. */
public class Email {
  public Email(String to) {
    throw new UnsupportedOperationException("stub");
  }

  public Email setSubject(String subject) {
    throw new UnsupportedOperationException("stub");
  }

  public Email setBody(String body) {
    throw new UnsupportedOperationException("stub");
  }

  public Email setMimeType(String mimeType) {
    throw new UnsupportedOperationException("stub");
  }
}

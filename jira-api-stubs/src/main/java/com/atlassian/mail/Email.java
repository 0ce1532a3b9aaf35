// Source: atlassian-mail 5.3.0 decompiled (ngannk-fptu/Decompiled-Files@e0c88ec, Platform 6)
// com/atlassian/mail/Email.java:16,46,82,107,112 (public class; Email(String), setSubject, setBody,
// setMimeType returning Email); the same in atlassian-mail 2.5.6. Used on Jira 9.4.1 through its
// Jira subclass (mailru/jira-plugins-mrimsender@12bdf7f AccessRequestService.java:420).
// Every member: docs/jira-api-references.md.
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

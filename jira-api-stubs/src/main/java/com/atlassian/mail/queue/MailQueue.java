// Source: mailru/jira-plugins-mrimsender@12bdf7f (Jira 9.4.1) AccessRequestService.java:90,434
// (@ComponentImport MailQueue; mailQueue.addItem(item)); declaration: atlassian-mail 5.3.0
// decompiled (ngannk-fptu/Decompiled-Files@e0c88ec, Platform 6)
// com/atlassian/mail/queue/MailQueue.java:10,19. Every member: docs/jira-api-references.md.
package com.atlassian.mail.queue;

/** Jira's outgoing mail queue: items are sent (and retried) by Jira's mail queue job. */
public interface MailQueue {
  void addItem(MailQueueItem item);
}

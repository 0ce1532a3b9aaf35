// Source: mailru/jira-plugins-mrimsender@12bdf7f (Jira 9.4.1) AccessRequestService.java:90,427
// (@ComponentImport MailQueue; mailQueue.addItem(item)); declaration: atlassian-mail 2.5.6
// com/atlassian/mail/queue/MailQueue.java:13. Every member: docs/jira-api-references.md.
package com.atlassian.mail.queue;

/** Jira's outgoing mail queue: items are sent (and retried) by Jira's mail queue job. */
public interface MailQueue {
  void addItem(MailQueueItem item);
}

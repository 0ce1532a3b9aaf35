// Source: mailru/jira-plugins-mrimsender@12bdf7f (Jira 9.4.1) AccessRequestService.java:419
// (MailQueueItem item = ...; mailQueue.addItem(item)); declaration: atlassian-mail 2.5.6
// com/atlassian/mail/queue/MailQueueItem.java:13 (interface). docs/jira-api-references.md.
package com.atlassian.mail.queue;

/** Something the mail queue sends. */
public interface MailQueueItem {}

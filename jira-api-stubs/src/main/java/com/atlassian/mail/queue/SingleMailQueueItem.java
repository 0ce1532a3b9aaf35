// Source: atlassian-mail 2.5.6 (turgaycelik/mysource@44f29e3 dependencySources/
// atlassian-mail-2.5.6-sources.jar) com/atlassian/mail/queue/SingleMailQueueItem.java:9,15 (public
// class extending AbstractMailQueueItem, which implements MailQueueItem; public
// SingleMailQueueItem(Email)). Only Jira <= 8 sources show it: docs/jira-api-references.md.
package com.atlassian.mail.queue;

import com.atlassian.mail.Email;

/** One e-mail on the queue, sent as it is. */
public class SingleMailQueueItem implements MailQueueItem {
  public SingleMailQueueItem(Email email) {
    throw new UnsupportedOperationException("stub");
  }
}

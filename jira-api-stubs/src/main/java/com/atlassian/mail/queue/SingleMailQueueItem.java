// Source: atlassian-mail 5.3.0 decompiled (ngannk-fptu/Decompiled-Files@e0c88ec, Platform 6)
// com/atlassian/mail/queue/SingleMailQueueItem.java:16-17,21 (public class extending
// AbstractMailQueueItem, which implements MailQueueItem: AbstractMailQueueItem.java:10-11; public
// SingleMailQueueItem(Email)); the same in atlassian-mail 2.5.6. The stub implements MailQueueItem
// directly: the app only constructs it and hands it to MailQueue.addItem.
// docs/jira-api-references.md.
package com.atlassian.mail.queue;

import com.atlassian.mail.Email;

/** One e-mail on the queue, sent as it is. */
public class SingleMailQueueItem implements MailQueueItem {
  public SingleMailQueueItem(Email email) {
    throw new UnsupportedOperationException("stub");
  }
}

// Source: mailru/jira-plugins-mrimsender@12bdf7f (Jira 9.4.1) UserMentionService.java:54; every
// member: docs/jira-api-references.md. Only Jira <= 8 sources show: getAuthorObject,
// getTimePerformed, kind.
package com.atlassian.jira.issue.changehistory;

import com.atlassian.jira.issue.history.ChangeItemBean;
import com.atlassian.jira.user.ApplicationUser;
import java.sql.Timestamp;
import java.util.List;

/** One change group: the items one user changed in one transaction. */
public class ChangeHistory {
  protected ChangeHistory() {
    throw new UnsupportedOperationException("stub");
  }

  public Long getId() {
    throw new UnsupportedOperationException("stub");
  }

  public Timestamp getTimePerformed() {
    throw new UnsupportedOperationException("stub");
  }

  /** The author, or null for anonymous changes. */
  public ApplicationUser getAuthorObject() {
    throw new UnsupportedOperationException("stub");
  }

  public List<ChangeItemBean> getChangeItemBeans() {
    throw new UnsupportedOperationException("stub");
  }
}

// Source:
// https://docs.atlassian.com/jira/7.3.4/com/atlassian/jira/issue/changehistory/ChangeHistory.html
// (@PublicApi class; ApplicationUser getAuthorObject, List<ChangeItemBean> getChangeItemBeans,
// Timestamp getTimePerformed, Long getId)
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

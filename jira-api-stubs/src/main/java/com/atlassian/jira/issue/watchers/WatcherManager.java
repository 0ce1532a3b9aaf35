// Source: mailru/jira-plugins-mrimsender@12bdf7f (Jira 9.4.1) AccessRequestService.java:94,334
// (@ComponentImport WatcherManager; watcherManager.getWatchersUnsorted(issue)); declaration:
// docs.atlassian.com/jira/latest/com/atlassian/jira/issue/watchers/WatcherManager.html
// (Collection<ApplicationUser> getWatchersUnsorted(Issue)). docs/jira-api-references.md.
package com.atlassian.jira.issue.watchers;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import java.util.Collection;

/** Who watches an issue. */
public interface WatcherManager {
  Collection<ApplicationUser> getWatchersUnsorted(Issue issue);
}

// Source: turgaycelik/mysource@44f29e3 (Jira 6.3.15)
// jira-api/.../issue/label/LabelManager.java:15,71
// (interface; Label addLabel(user, Long issueId, String label, boolean sendNotification), with a
// crowd User in 6.3); ApplicationUser since Jira 7 (docs.atlassian.com/jira/server/com/atlassian/
// jira/issue/label/LabelManager.html); registered as a provided component
// (ContainerRegistrar.java:3203).
// Only Jira <= 8 sources: docs/jira-api-references.md.
package com.atlassian.jira.issue.label;

import com.atlassian.jira.user.ApplicationUser;

/** Adds labels to issues (the system Labels field). */
public interface LabelManager {
  Label addLabel(ApplicationUser remoteUser, Long issueId, String label, boolean sendNotification);
}

// Source: codescape/jira-multiple-subtasks@f003e74 (Jira 10.3.0) SubtasksCreationService.java:106
// (@ComponentImport LabelManager), :413,419 labelManager.addLabel(ApplicationUser, Long, String,
// false); declaration (interface; returns Label): turgaycelik/mysource@44f29e3 (Jira 6.3.15)
// jira-api/.../issue/label/LabelManager.java:15,71 (crowd User in 6.3) and
// docs.atlassian.com/jira/server/com/atlassian/jira/issue/label/LabelManager.html
// (ApplicationUser).
// The interface kind is shown only by Jira <= 8 sources: docs/jira-api-references.md.
package com.atlassian.jira.issue.label;

import com.atlassian.jira.user.ApplicationUser;

/** Adds labels to issues (the system Labels field). */
public interface LabelManager {
  Label addLabel(ApplicationUser remoteUser, Long issueId, String label, boolean sendNotification);
}

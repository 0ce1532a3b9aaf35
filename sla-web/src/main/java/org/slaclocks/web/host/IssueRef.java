package org.slaclocks.web.host;

import java.util.Objects;

/** An issue the viewer may browse: its id (what clocks are stored under), key and project key. */
public record IssueRef(long id, String key, String projectKey) {
  public IssueRef {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(projectKey, "projectKey");
  }
}

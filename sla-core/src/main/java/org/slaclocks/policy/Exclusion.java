package org.slaclocks.policy;

import java.util.Objects;
import org.slaclocks.clock.ExclusionWindow;

/** An exclusion window of the configuration: global ({@code issueKey} null) or for one issue. */
public record Exclusion(String id, ExclusionWindow window, String issueKey) {
  public Exclusion {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(window, "window");
  }

  public boolean appliesTo(String key) {
    return issueKey == null || issueKey.equals(key);
  }
}

package org.slaclocks.web;

import java.util.Objects;
import org.slaclocks.tracking.Recalculations;
import org.slaclocks.web.host.ConfigurationAccess;
import org.slaclocks.web.host.Viewers;

/**
 * What a host gives the recalculation resource: who is asking and whether they may configure, and
 * the recalculation (preview, runs), and the configuration's editor (what-if drafts).
 */
public record RecalculationHost(
    Viewers viewers,
    ConfigurationAccess access,
    Recalculations recalculations,
    org.slaclocks.config.ConfigurationEditor editor) {
  public RecalculationHost {
    Objects.requireNonNull(editor, "editor");
    Objects.requireNonNull(viewers, "viewers");
    Objects.requireNonNull(access, "access");
    Objects.requireNonNull(recalculations, "recalculations");
  }
}

package org.slaclocks.web;

import java.util.Objects;
import org.slaclocks.config.ConfigurationEditor;
import org.slaclocks.tracking.AuditLog;
import org.slaclocks.web.host.ConfigurationAccess;
import org.slaclocks.web.host.Viewers;

/**
 * What a host gives the administration resources: who is asking and whether they may configure, the
 * configuration's editor and the audit log.
 */
public record AdminHost(
    Viewers viewers,
    ConfigurationAccess access,
    ConfigurationEditor editor,
    AuditLog audit,
    java.time.Clock clock) {
  public AdminHost {
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(viewers, "viewers");
    Objects.requireNonNull(access, "access");
    Objects.requireNonNull(editor, "editor");
    Objects.requireNonNull(audit, "audit");
  }
}

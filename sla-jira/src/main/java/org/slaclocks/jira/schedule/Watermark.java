package org.slaclocks.jira.schedule;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import java.time.Instant;
import java.util.Optional;

/** The instant up to which the reconciliation has re-queued changes, shared by the cluster. */
public final class Watermark {
  static final String KEY = "org.slaclocks.sla-clocks.reconciliation.watermark";

  private final PluginSettingsFactory settings;

  public Watermark(PluginSettingsFactory settings) {
    this.settings = settings;
  }

  public Optional<Instant> get() {
    Object value = global().get(KEY);
    if (!(value instanceof String text)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Instant.ofEpochMilli(Long.parseLong(text)));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  public void set(Instant at) {
    global().put(KEY, Long.toString(at.toEpochMilli()));
  }

  private PluginSettings global() {
    return settings.createGlobalSettings();
  }
}

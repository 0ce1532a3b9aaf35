package org.slaclocks.jira.jql;

import com.atlassian.jira.config.properties.ApplicationProperties;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.slaclocks.query.function.TimeTracking;

/**
 * The search settings from Jira's application properties, read at each search so that a change an
 * administrator makes applies to the next search: {@code jira.search.maxclauses} (set in
 * jira-config.properties; Jira applies it when it starts) and the time-tracking settings {@code
 * jira.timetracking.hours.per.day} and {@code jira.timetracking.days.per.week} (Administration,
 * Issue features, Time tracking). A value that is missing or not a number in range gives Jira's
 * default; so does any failure to read it, logged once (the reading method has no public evidence
 * newer than Jira 8, see docs/jira-api-references.md, and a search must not fail over a setting).
 */
public final class JiraSearchSettings implements SearchSettings {
  static final String MAX_CLAUSES = "jira.search.maxclauses";
  static final String HOURS_PER_DAY = "jira.timetracking.hours.per.day";
  static final String DAYS_PER_WEEK = "jira.timetracking.days.per.week";

  private static final Logger LOG = Logger.getLogger(JiraSearchSettings.class.getName());

  private final ApplicationProperties properties;
  private final AtomicBoolean warned = new AtomicBoolean();

  public JiraSearchSettings(ApplicationProperties properties) {
    this.properties = Objects.requireNonNull(properties, "properties");
  }

  @Override
  public int maxIssues() {
    String text = read(MAX_CLAUSES);
    try {
      int value = text == null ? 0 : Integer.parseInt(text.trim());
      return value > 0 ? value : JIRA_DEFAULTS.maxIssues();
    } catch (NumberFormatException e) {
      return JIRA_DEFAULTS.maxIssues(); // as Jira itself does with a value that is not a number
    }
  }

  @Override
  public TimeTracking timeTracking() {
    TimeTracking defaults = JIRA_DEFAULTS.timeTracking();
    double hours = number(read(HOURS_PER_DAY), defaults.hoursPerDay(), 24);
    double days = number(read(DAYS_PER_WEEK), defaults.daysPerWeek(), 7);
    return new TimeTracking(hours, days);
  }

  /** A number in (0, max], or {@code otherwise}. */
  private static double number(String text, double otherwise, double max) {
    if (text == null) {
      return otherwise;
    }
    try {
      double value = Double.parseDouble(text.trim());
      return value > 0 && value <= max ? value : otherwise;
    } catch (NumberFormatException e) {
      return otherwise;
    }
  }

  private String read(String key) {
    try {
      return properties.getDefaultBackedString(key);
    } catch (RuntimeException | LinkageError e) {
      if (warned.compareAndSet(false, true)) {
        LOG.log(
            Level.WARNING,
            "SLA searches cannot read Jira's setting "
                + key
                + "; Jira's defaults apply (65000 issues per function, 8 hours a day, 5 days a"
                + " week)",
            e);
      }
      return null;
    }
  }
}

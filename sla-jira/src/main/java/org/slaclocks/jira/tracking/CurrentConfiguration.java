package org.slaclocks.jira.tracking;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slaclocks.calendar.BusinessCalendar;
import org.slaclocks.clock.Calendars;
import org.slaclocks.format.PolicyJson;
import org.slaclocks.policy.SlaConfiguration;
import org.slaclocks.tracking.ConfigRepository;

/**
 * The configuration in force: the policy file stored as the document {@value #KIND}/{@value #ID} of
 * the {@link ConfigRepository}, parsed once per revision. Its version is the configuration
 * revision, which is what stored clocks record. With nothing saved yet, no policy applies.
 *
 * <p>As {@link Calendars} it resolves names in the configuration last read by {@link #get()}: the
 * one the clocks being stored were just computed with (the store counts a running clock's ZERO_AT
 * in its calendar), without a query per clock.
 */
public final class CurrentConfiguration implements Calendars {
  public static final String KIND = "configuration";
  public static final String ID = "policies";

  private final ConfigRepository repository;
  private volatile SlaConfiguration cached;

  public CurrentConfiguration(ConfigRepository repository) {
    this.repository = repository;
  }

  /** Saves a policy file as the new configuration (administration and tests). */
  public Optional<ConfigRepository.Document> save(
      String policyJson, int basedOnVersion, String author, Instant at) {
    PolicyJson.parse(policyJson); // refuse an invalid file before it is stored
    return repository.save(KIND, ID, basedOnVersion, policyJson, author, at);
  }

  public SlaConfiguration get() {
    long revision = repository.currentRevision();
    SlaConfiguration config = cached;
    if (config != null && config.version() == revision) {
      return config;
    }
    config =
        repository
            .latest(KIND, ID)
            .filter(document -> !document.isDeleted())
            .map(document -> withVersion(PolicyJson.parse(document.json()), revision))
            .orElseGet(() -> empty(revision));
    cached = config;
    return config;
  }

  @Override
  public BusinessCalendar calendar(String name) {
    SlaConfiguration config = cached;
    return (config != null ? config : get()).calendar(name);
  }

  private static SlaConfiguration withVersion(SlaConfiguration c, long revision) {
    return new SlaConfiguration(
        revision,
        c.calendars(),
        c.policies(),
        c.exclusions(),
        c.agentUsers(),
        c.agentGroups(),
        c.agentRoles(),
        c.groups(),
        c.customFieldIds());
  }

  private static SlaConfiguration empty(long revision) {
    return new SlaConfiguration(
        revision, Map.of(), List.of(), List.of(), Set.of(), Set.of(), Set.of(), Map.of(), Map.of());
  }
}

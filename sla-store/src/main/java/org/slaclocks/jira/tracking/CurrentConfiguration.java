package org.slaclocks.jira.tracking;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.slaclocks.calendar.BusinessCalendar;
import org.slaclocks.clock.Calendars;
import org.slaclocks.config.ConfigurationEditor;
import org.slaclocks.config.ConfigurationFile;
import org.slaclocks.format.PolicyJson;
import org.slaclocks.policy.SlaConfiguration;
import org.slaclocks.tracking.ConfigRepository;

/**
 * The configuration in force: the documents of the {@link ConfigRepository} at its newest revision
 * ({@link ConfigurationEditor}), or the policy file an earlier build stored whole as {@value
 * #KIND}/{@value #ID}, read once per revision. Its version is the configuration revision, which is
 * what stored clocks record. With nothing saved yet, no policy applies.
 *
 * <p>As {@link Calendars} it resolves names in the configuration last read by {@link #get()}: the
 * one the clocks being stored were just computed with (the store counts a running clock's ZERO_AT
 * in its calendar), without a query per clock.
 */
public final class CurrentConfiguration implements Supplier<SlaConfiguration>, Calendars {
  public static final String KIND = ConfigurationEditor.LEGACY_KIND;
  public static final String ID = ConfigurationEditor.LEGACY_ID;

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

  /**
   * The configuration as of the newest revision: the revision and the document are read as one pair
   * (the document in force at that revision), so a save in between cannot label a newer document
   * with an older revision.
   *
   * @throws SystemFailure when the stored document does not parse (say, a validator tightened by an
   *     upgrade): no issue can be computed until a corrected configuration is saved
   */
  @Override
  public SlaConfiguration get() {
    long revision = repository.currentRevision();
    SlaConfiguration config = cached;
    if (config != null && config.version() == revision) {
      return config;
    }
    config = read(revision);
    cached = config;
    return config;
  }

  @Override
  public BusinessCalendar calendar(String name) {
    SlaConfiguration config = cached;
    return (config != null ? config : get()).calendar(name);
  }

  private SlaConfiguration read(long revision) {
    try {
      ConfigurationEditor.Current current = ConfigurationEditor.read(repository, revision);
      if (current.documents().isEmpty()) {
        return empty(revision);
      }
      return ConfigurationFile.read(current.contents(), revision).withVersion(revision);
    } catch (RuntimeException e) {
      String last =
          repository.snapshot(revision).stream()
              .max(java.util.Comparator.comparingLong(ConfigRepository.Document::revision))
              .map(
                  d ->
                      " (last saved: "
                          + d.kind()
                          + "/"
                          + d.id()
                          + " version "
                          + d.version()
                          + " by "
                          + d.author()
                          + " at "
                          + d.savedAt()
                          + ")")
              .orElse("");
      throw new SystemFailure(
          "the SLA configuration in force at revision "
              + revision
              + last
              + " cannot be read: "
              + e.getMessage()
              + ". Save a corrected configuration; until then no clocks are updated and changes"
              + " stay queued",
          e);
    }
  }

  private static SlaConfiguration empty(long revision) {
    return new SlaConfiguration(
        revision, Map.of(), List.of(), List.of(), Set.of(), Set.of(), Set.of(), Map.of(), Map.of());
  }
}

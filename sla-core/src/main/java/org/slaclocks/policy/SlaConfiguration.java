package org.slaclocks.policy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.slaclocks.calendar.BusinessCalendar;

/**
 * Everything an administrator configures, as one versioned value: calendars by name, policies in
 * order, exclusion windows, and who the agents are: users, groups and (in Jira) project roles. The
 * group members listed here are for offline use, where Jira's groups and roles are unknown.
 *
 * <p>Invariants (checked by the file reader): every calendar a goal names exists, ids are unique.
 */
public record SlaConfiguration(
    long version,
    Map<String, BusinessCalendar> calendars,
    List<SlaPolicy> policies,
    List<Exclusion> exclusions,
    Set<String> agentUsers,
    Set<String> agentGroups,
    Set<String> agentRoles,
    Map<String, Set<String>> groups,
    Map<String, String> customFieldIds) {
  public SlaConfiguration {
    calendars = Map.copyOf(calendars);
    policies = List.copyOf(policies);
    exclusions = List.copyOf(exclusions);
    agentUsers = Set.copyOf(agentUsers);
    agentGroups = Set.copyOf(agentGroups);
    agentRoles = Set.copyOf(agentRoles);
    groups = Map.copyOf(groups);
    customFieldIds = Map.copyOf(customFieldIds);
  }

  /** This configuration as revision {@code revision} (the app numbers what it stores). */
  public SlaConfiguration withVersion(long revision) {
    return new SlaConfiguration(
        revision,
        calendars,
        policies,
        exclusions,
        agentUsers,
        agentGroups,
        agentRoles,
        groups,
        customFieldIds);
  }

  /**
   * This configuration with other exclusions: the app's exclusion repository is their source of
   * truth, and an offline replay resolves the file's issue keys against the export.
   */
  public SlaConfiguration withExclusions(List<Exclusion> exclusions) {
    return new SlaConfiguration(
        version,
        calendars,
        policies,
        exclusions,
        agentUsers,
        agentGroups,
        agentRoles,
        groups,
        customFieldIds);
  }

  public BusinessCalendar calendar(String name) {
    BusinessCalendar calendar = calendars.get(name);
    if (calendar == null) {
      throw new IllegalArgumentException(
          "no calendar named '"
              + name
              + "'; known: "
              + String.join(", ", new TreeSet<>(calendars.keySet())));
    }
    return calendar;
  }

  /**
   * The directory the offline replay uses: the listed agent users and members of the listed groups
   * (project roles cannot be resolved offline and are ignored).
   */
  public UserDirectory listedDirectory() {
    return UserDirectory.listed(agentUsers, agentGroups, groups);
  }
}

package org.slaclocks.policy;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.slaclocks.calendar.BusinessCalendar;

/**
 * Everything an administrator configures, as one versioned value: calendars by name, policies in
 * order, exclusion windows, and (for offline use) who the agents are and the group members.
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
    Map<String, Set<String>> groups,
    Map<String, String> customFieldIds) {
  public SlaConfiguration {
    calendars = Map.copyOf(calendars);
    policies = List.copyOf(policies);
    exclusions = List.copyOf(exclusions);
    agentUsers = Set.copyOf(agentUsers);
    agentGroups = Set.copyOf(agentGroups);
    groups = Map.copyOf(groups);
    customFieldIds = Map.copyOf(customFieldIds);
  }

  public BusinessCalendar calendar(String name) {
    return Objects.requireNonNull(calendars.get(name), () -> "no calendar named " + name);
  }

  /** The directory the offline replay uses: the listed agents and groups. */
  public UserDirectory listedDirectory() {
    return UserDirectory.listed(agentUsers, agentGroups, groups);
  }
}

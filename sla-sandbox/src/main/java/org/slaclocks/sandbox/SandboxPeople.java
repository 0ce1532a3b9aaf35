package org.slaclocks.sandbox;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The sandbox's four people. Their zones differ from one another and, but for the agent's, from the
 * sample's calendars (Europe/Amsterdam, America/New_York, UTC), so pages show calendar-local times
 * beside the viewer's. The restricted person may not browse {@code hiddenProject} (the first
 * project of the exports).
 */
public final class SandboxPeople {
  public static final Locale DUTCH = Locale.forLanguageTag("nl");

  private final List<SandboxPerson> people;

  public SandboxPeople(String hiddenProject) {
    this.people =
        List.of(
            new SandboxPerson(
                "agent.anna",
                "Anna Jansen",
                SandboxPerson.Role.AGENT,
                DUTCH,
                ZoneId.of("Europe/Amsterdam"),
                Set.of()),
            new SandboxPerson(
                "admin",
                "Alex Administrator",
                SandboxPerson.Role.ADMINISTRATOR,
                Locale.ENGLISH,
                ZoneId.of("Europe/London"),
                Set.of()),
            new SandboxPerson(
                "manager.mia",
                "Mia Manager",
                SandboxPerson.Role.MANAGER,
                Locale.ENGLISH,
                ZoneId.of("America/Los_Angeles"),
                Set.of()),
            new SandboxPerson(
                "guest.gus",
                "Gus Guest",
                SandboxPerson.Role.RESTRICTED,
                Locale.ENGLISH,
                ZoneId.of("Asia/Kolkata"),
                hiddenProject == null ? Set.of() : Set.of(hiddenProject)));
  }

  public List<SandboxPerson> all() {
    return people;
  }

  /** The person a visitor without a choice is: the agent. */
  public SandboxPerson standard() {
    return people.get(0);
  }

  public Optional<SandboxPerson> byKey(String userKey) {
    return people.stream().filter(p -> p.userKey().equals(userKey)).findFirst();
  }
}

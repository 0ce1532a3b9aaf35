package org.slaclocks.sandbox;

import org.slaclocks.web.host.ConfigurationAccess;
import org.slaclocks.web.host.Viewer;

/** Host port: in the sandbox, the administrator person configures; the others do not. */
final class SandboxConfigurationAccess implements ConfigurationAccess {
  private final SandboxPeople people;

  SandboxConfigurationAccess(SandboxPeople people) {
    this.people = people;
  }

  @Override
  public boolean mayConfigure(Viewer viewer) {
    return people
        .byKey(viewer.userKey())
        .map(p -> p.role() == SandboxPerson.Role.ADMINISTRATOR)
        .orElse(false);
  }
}

package org.slaclocks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The project's bundled examples, found from whichever module directory the tests run in. */
public final class Examples {
  private Examples() {}

  /** {@code examples/helpdesk/policies.json}, the documented helpdesk policy file. */
  public static String helpdeskPolicies() throws IOException {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.exists(dir.resolve("examples/helpdesk/policies.json"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("examples/helpdesk/policies.json not found above the module");
    }
    return Files.readString(dir.resolve("examples/helpdesk/policies.json"));
  }
}

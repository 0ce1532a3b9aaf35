package org.slaclocks.sandbox;

import java.nio.file.Path;
import java.util.List;

/** The bundled sample helpdesk, read from the repository (tests run in the module directory). */
final class Samples {
  static final Path POLICIES = Path.of("../examples/helpdesk/policies.json");
  static final Path ISSUES = Path.of("../examples/helpdesk/issues.json");
  static final Path OPERATIONS = Path.of("../examples/helpdesk/operations.json");

  /** Both desks' exports, as `sla serve` with no arguments serves them. */
  static final List<Path> EXPORTS = List.of(ISSUES, OPERATIONS);

  private Samples() {}

  static SandboxInput helpdesk() {
    return SandboxInput.read(POLICIES, EXPORTS);
  }
}

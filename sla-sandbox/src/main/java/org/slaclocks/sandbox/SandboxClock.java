package org.slaclocks.sandbox;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The sandbox's time: frozen at an instant (for demos and tests; it can be moved) or running (the
 * system clock). The one place the sandbox reads the machine's time; everything else is given this.
 */
public final class SandboxClock extends Clock {
  private final Clock system;
  private volatile Instant frozen;

  private SandboxClock(Clock system, Instant frozen) {
    this.system = system;
    this.frozen = frozen;
  }

  public static SandboxClock frozenAt(Instant instant) {
    return new SandboxClock(Clock.systemUTC(), instant);
  }

  public static SandboxClock running() {
    return new SandboxClock(Clock.systemUTC(), null);
  }

  public boolean isFrozen() {
    return frozen != null;
  }

  /**
   * Moves frozen time to {@code instant}.
   *
   * @throws IllegalStateException when time runs
   */
  public void moveTo(Instant instant) {
    if (frozen == null) {
      throw new IllegalStateException(
          "time is running; start the sandbox with --now INSTANT to freeze and move it");
    }
    frozen = instant;
  }

  @Override
  public Instant instant() {
    Instant f = frozen;
    return f != null ? f : system.instant();
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    if (zone.equals(ZoneOffset.UTC)) {
      return this;
    }
    throw new UnsupportedOperationException("the sandbox clock is in UTC");
  }
}

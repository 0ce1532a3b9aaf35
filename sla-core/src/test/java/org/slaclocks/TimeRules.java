package org.slaclocks;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;

/**
 * The time is a parameter: no class reads the JVM's clock or default zone in any form. Shared by
 * the core's and the app's architecture tests (the app takes its instants from an injected {@code
 * java.time.Clock}, the history or the database).
 */
public final class TimeRules {
  private TimeRules() {}

  public static ArchRule readsNoClock() {
    return noClasses()
        .should()
        .callMethod(java.time.Instant.class, "now")
        .orShould()
        .callMethod(System.class, "currentTimeMillis")
        .orShould()
        .callMethod(java.time.ZoneId.class, "systemDefault")
        .orShould()
        .callMethod(java.time.Clock.class, "systemUTC")
        .orShould()
        .callMethod(java.time.Clock.class, "systemDefaultZone")
        .orShould()
        .callMethod(java.time.LocalDate.class, "now")
        .orShould()
        .callMethod(java.time.LocalDateTime.class, "now")
        .orShould()
        .callMethod(java.time.ZonedDateTime.class, "now")
        .orShould()
        .callConstructor(java.util.Date.class);
  }
}

package org.slaclocks.sandbox;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.slaclocks.TimeRules;

/**
 * The sandbox reads the machine's time in one place, {@link SandboxClock} (which {@code --now}
 * freezes); everything else is given that clock, as the app is given Jira's.
 */
@AnalyzeClasses(
    packages = "org.slaclocks.sandbox",
    importOptions = {
      ImportOption.DoNotIncludeTests.class,
      TimeArchitectureTest.AllButTheClock.class
    })
class TimeArchitectureTest {
  @ArchTest
  static final ArchRule only_the_sandbox_clock_reads_the_time =
      TimeRules.readsNoClock().because("time comes from the SandboxClock, frozen or running");

  /** Every class but the one that owns the machine's clock. */
  static final class AllButTheClock implements ImportOption {
    @Override
    public boolean includes(Location location) {
      return !location.contains("/SandboxClock.class");
    }
  }
}

package org.slaclocks.sandbox;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The sandbox is a host, not a second implementation: it names no Jira type (only Active Objects'
 * API, which sla-store's classes are written against), and it computes no clock itself (the engine
 * is reached through the app's recalculation only) nor reports of its own (the pages count the
 * cycle rows the app's clock store wrote, through the store's AoReportSource).
 */
@AnalyzeClasses(
    packages = "org.slaclocks.sandbox",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  @ArchTest
  static final ArchRule the_sandbox_names_no_jira_type =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "com.atlassian.jira..",
              "com.atlassian.event..",
              "com.atlassian.scheduler..",
              "com.atlassian.query..");

  @ArchTest
  static final ArchRule the_sandbox_computes_no_clock_of_its_own =
      noClasses()
          .should()
          .dependOnClassesThat()
          .haveFullyQualifiedName("org.slaclocks.tracking.ClockEngine")
          .orShould()
          .dependOnClassesThat()
          .haveFullyQualifiedName("org.slaclocks.clock.CycleCalculator");

  @ArchTest
  static final ArchRule the_sandbox_reports_from_the_apps_cycle_rows =
      noClasses()
          .should()
          .dependOnClassesThat()
          .haveFullyQualifiedName("org.slaclocks.report.MemoryReportSource")
          .orShould()
          .dependOnClassesThat()
          .haveFullyQualifiedName("org.slaclocks.report.IssueCycles")
          .because("the report pages must run the SQL the Jira app runs (AoReportSource)");
}

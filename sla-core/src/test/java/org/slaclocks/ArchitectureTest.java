package org.slaclocks;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering of the core, as the house style describes it. */
@AnalyzeClasses(packages = "org.slaclocks", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule core_should_not_depend_on_jira_or_frameworks =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "com.atlassian..",
              "net.java.ao..",
              "org.springframework..",
              "org.apache.velocity..",
              "javax.inject..",
              "javax.servlet..");

  /** The file formats, and the configuration's documents, which are parts of the policy file. */
  @ArchTest
  static final ArchRule only_the_file_formats_should_know_json =
      noClasses()
          .that()
          .resideOutsideOfPackages("org.slaclocks.format..", "org.slaclocks.config..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("com.fasterxml..");

  @ArchTest
  static final ArchRule only_the_file_formats_should_know_icalendar =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.slaclocks.format..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("biweekly..");

  @ArchTest
  static final ArchRule calendar_should_not_depend_on_clocks_policies_or_history =
      noClasses()
          .that()
          .resideInAPackage("org.slaclocks.calendar..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.slaclocks.clock..",
              "org.slaclocks.policy..",
              "org.slaclocks.tracking..",
              "org.slaclocks.history..",
              "org.slaclocks.format..");

  @ArchTest
  static final ArchRule clocks_should_not_depend_on_policies_or_tracking =
      noClasses()
          .that()
          .resideInAPackage("org.slaclocks.clock..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.slaclocks.policy..", "org.slaclocks.tracking..", "org.slaclocks.format..")
          .allowEmptyShould(true);

  @ArchTest
  static final ArchRule policies_should_not_depend_on_tracking =
      noClasses()
          .that()
          .resideInAPackage("org.slaclocks.policy..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.slaclocks.tracking..", "org.slaclocks.format..")
          .allowEmptyShould(true);

  @ArchTest
  static final ArchRule core_packages_should_be_free_of_cycles =
      slices().matching("org.slaclocks.(*)..").should().beFreeOfCycles();

  @ArchTest static final ArchRule core_should_not_read_the_time = TimeRules.readsNoClock();
}

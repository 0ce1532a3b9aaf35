package org.slaclocks.jira;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The app's shape: adapters per Jira extension point, meeting only in tracking and its ports. */
class ArchitectureTest {
  private static final JavaClasses APP =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.slaclocks.jira");

  @Test
  void adapters_should_not_depend_on_each_other() {
    slices()
        .matching("org.slaclocks.jira.(event|history|persistence|schedule|search)..")
        .should()
        .notDependOnEachOther()
        .check(APP);
  }

  @Test
  void tracking_should_not_depend_on_adapters_or_jira() {
    noClasses()
        .that()
        .resideInAPackage("org.slaclocks.jira.tracking..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.slaclocks.jira.event..",
            "org.slaclocks.jira.history..",
            "org.slaclocks.jira.persistence..",
            "org.slaclocks.jira.schedule..",
            "org.slaclocks.jira.search..",
            "org.slaclocks.jira.app..",
            "com.atlassian..",
            "net.java.ao..")
        .check(APP);
  }

  @Test
  void only_the_history_search_and_event_adapters_touch_jira_issues() {
    noClasses()
        .that()
        .resideOutsideOfPackages(
            "org.slaclocks.jira.history..",
            "org.slaclocks.jira.search..",
            "org.slaclocks.jira.event..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "com.atlassian.jira.issue..",
            "com.atlassian.jira.user..",
            "com.atlassian.jira.project..")
        .because("the Jira-to-core mapping is kept in its own package")
        .check(APP);
  }
}

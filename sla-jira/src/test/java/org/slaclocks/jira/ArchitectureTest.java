package org.slaclocks.jira;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.slaclocks.TimeRules;

/** The app's shape: adapters per Jira extension point, meeting only in tracking and its ports. */
class ArchitectureTest {
  private static final JavaClasses APP =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          // The storage module's test support arrives as a test jar, not as test-classes.
          .withImportOption(location -> !location.contains("-tests.jar"))
          .importPackages("org.slaclocks.jira");

  /**
   * Every package of the app is an adapter except {@code tracking} (the use cases and their ports)
   * and {@code app} (the wiring): matched by pattern, so a new adapter (field, jql, panel, rest,
   * admin) is checked without anyone remembering to list it.
   */
  @Test
  void adapters_should_not_depend_on_each_other() {
    DescribedPredicate<JavaClass> meetingPlaces =
        JavaClass.Predicates.resideInAnyPackage(
            "org.slaclocks.jira.tracking..", "org.slaclocks.jira.app..");
    slices()
        .matching("org.slaclocks.jira.(*)..")
        .should()
        .notDependOnEachOther()
        .ignoreDependency(DescribedPredicate.alwaysTrue(), meetingPlaces)
        .ignoreDependency(meetingPlaces, DescribedPredicate.alwaysTrue())
        .check(APP);
  }

  /**
   * Node clocks differ by seconds: every instant the app records comes from the injected {@code
   * java.time.Clock} (or the issue's history, or the database), never from the JVM directly.
   */
  @Test
  void the_app_should_read_the_time_only_from_its_injected_clock() {
    TimeRules.readsNoClock().check(APP);
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
  void only_the_history_search_event_and_issue_view_adapters_touch_jira_issues() {
    noClasses()
        .that()
        .resideOutsideOfPackages(
            "org.slaclocks.jira.history..",
            "org.slaclocks.jira.search..",
            "org.slaclocks.jira.event..",
            "org.slaclocks.jira.web..",
            "org.slaclocks.jira.field..",
            "org.slaclocks.jira.panel..",
            "org.slaclocks.jira.jql..",
            "org.slaclocks.jira.alert..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "com.atlassian.jira.issue..",
            "com.atlassian.jira.user..",
            "com.atlassian.jira.project..")
        .because(
            "Jira's issue model is read only by the adapters made for it: the history mapping,"
                + " search, events, the issue views' host ports, field and panel, and the JQL"
                + " functions (Jira's function contract names the searcher, an ApplicationUser),"
                + " and the alert actions (they mail the issue's people and change the issue)")
        .check(APP);
  }
}

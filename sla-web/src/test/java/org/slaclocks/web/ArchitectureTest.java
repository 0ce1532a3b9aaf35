package org.slaclocks.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.slaclocks.TimeRules;

/** The web layer is served outside Jira too: no Jira, AO or app type, and no clock of its own. */
@AnalyzeClasses(
    packages = "org.slaclocks.web",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  @ArchTest
  static final ArchRule web_layer_should_not_depend_on_jira_ao_or_the_app =
      noClasses()
          .that()
          .resideInAPackage("org.slaclocks.web..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "com.atlassian..", "net.java.ao..", "org.slaclocks.jira..", "org.apache.velocity..");

  @ArchTest
  static final ArchRule web_layer_should_read_time_only_from_the_host_clock =
      TimeRules.readsNoClock();
}

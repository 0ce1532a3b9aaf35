package org.slaclocks.jira.persistence;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The storage and the worker run inside Jira and in the sandbox alike: they may name Active
 * Objects' plugin API and SAL's transaction callback, and nothing else of Atlassian's.
 */
class StoreArchitectureTest {
  private static final JavaClasses STORE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.slaclocks.jira.persistence", "org.slaclocks.jira.tracking");

  @Test
  void the_store_should_name_no_jira_type() {
    classes()
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "java..",
            "javax..",
            "org.slaclocks..",
            "net.java.ao..",
            "com.fasterxml.jackson..",
            "com.atlassian.activeobjects.external..",
            "com.atlassian.sal.api.transaction..",
            "")
        .check(STORE);
  }
}

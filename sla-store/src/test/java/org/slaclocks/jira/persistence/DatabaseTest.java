package org.slaclocks.jira.persistence;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test that runs once on each selected database ({@link Database#selected()}), with empty tables
 * of the current schema; parameters of type {@code ActiveObjects} and {@link AoTestDatabase} are
 * injected into it and into {@code @BeforeEach} methods.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@TestTemplate
@ExtendWith(ActiveObjectsExtension.class)
public @interface DatabaseTest {}

// Source: ngannk-fptu/Decompiled-Files@e0c88ec (sal-api 5.1.4, Platform 6)
// com.atlassian.sal_sal-api-5.1.4/com/atlassian/sal/api/websudo/WebSudoRequired.java:12-15
// (@Retention(RUNTIME) @Target({PACKAGE, METHOD, TYPE}) @Inherited public @interface, no elements);
// https://developer.atlassian.com/display/DOCS/Adding+WebSudo+Support+to+your+Plugin (REST
// resources may carry it). Not referenced by the app yet: docs/jira-api-references.md.
package com.atlassian.sal.api.websudo;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks a REST resource, method or package that needs a secure administrator session. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PACKAGE, ElementType.METHOD, ElementType.TYPE})
@Inherited
public @interface WebSudoRequired {}

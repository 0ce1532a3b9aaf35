// Source: turgaycelik/mysource@44f29e3 (Jira 6.3.15)
// jira-api/src/main/java/com/atlassian/query/operand/Operand.java (interface).
package com.atlassian.query.operand;

/** The right-hand side of a JQL clause. */
public interface Operand {}

// Source: turgaycelik/mysource@44f29e3 (Jira 6.3.15)
// jira-api/src/main/java/com/atlassian/jira/jql/operand/QueryLiteral.java (class;
// QueryLiteral(Operand, Long), Long
// getLongValue()); "new QueryLiteral(functionOperand, issue.getId())" on Jira 10.3.0 in
// codescape/jira-scrum-poker@364a124 ActiveScrumPokerSessionsJqlFunction.java:61. A working body
// here for tests; Jira supplies the real class.
package com.atlassian.jira.jql.operand;

import com.atlassian.query.operand.Operand;

/** One value a function returns, with the operand it came from. */
public class QueryLiteral {
  private final Operand sourceOperand;
  private final Long longValue;

  public QueryLiteral(Operand sourceOperand, Long longValue) {
    this.sourceOperand = sourceOperand;
    this.longValue = longValue;
  }

  public Long getLongValue() {
    return longValue;
  }

  public Operand getSourceOperand() {
    return sourceOperand;
  }
}

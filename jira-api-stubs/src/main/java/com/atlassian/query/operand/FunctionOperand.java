// Source: turgaycelik/mysource@44f29e3 (Jira 6.3.15)
// jira-api/src/main/java/com/atlassian/query/operand/FunctionOperand.java (class implementing
// Operand; constructors
// (String, String...), List<String> getArgs()); constructed on Jira 10.3.0 in
// codescape/jira-scrum-poker@364a124 ActiveScrumPokerSessionsJqlFunctionTest.java:70. A working
// body here for tests; Jira supplies the real class.
package com.atlassian.query.operand;

import java.util.List;

/** A function call in JQL: its name and its arguments as typed. */
public class FunctionOperand implements Operand {
  private final String name;
  private final List<String> args;

  public FunctionOperand(String name, String... args) {
    this.name = name;
    this.args = List.of(args);
  }

  public String getName() {
    return name;
  }

  public List<String> getArgs() {
    return args;
  }
}

// Source: turgaycelik/mysource@44f29e3 (Jira 6.3.15)
// jira-api/src/main/java/com/atlassian/jira/plugin/jql/function/JqlFunction.java (interface, these
// seven methods; validate
// took a crowd User there); on Jira 10.3.0 codescape/jira-scrum-poker@364a124
// ActiveScrumPokerSessionsJqlFunction.java overrides validate(ApplicationUser, FunctionOperand,
// TerminalClause) and getValues. Every member: docs/jira-api-references.md.
package com.atlassian.jira.plugin.jql.function;

import com.atlassian.jira.JiraDataType;
import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.jql.query.QueryCreationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.query.clause.TerminalClause;
import com.atlassian.query.operand.FunctionOperand;
import java.util.List;

/** A JQL function that returns values (here: issue ids) for the clause it appears in. */
public interface JqlFunction {
  void init(JqlFunctionModuleDescriptor moduleDescriptor);

  MessageSet validate(
      ApplicationUser searcher, FunctionOperand operand, TerminalClause terminalClause);

  List<QueryLiteral> getValues(
      QueryCreationContext queryCreationContext,
      FunctionOperand operand,
      TerminalClause terminalClause);

  boolean isList();

  int getMinimumNumberOfExpectedArguments();

  String getFunctionName();

  JiraDataType getDataType();
}

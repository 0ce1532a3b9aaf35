package org.slaclocks.jira.jql;

import com.atlassian.jira.JiraDataType;
import com.atlassian.jira.JiraDataTypes;
import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.jql.query.QueryCreationContext;
import com.atlassian.jira.plugin.jql.function.JqlFunction;
import com.atlassian.jira.plugin.jql.function.JqlFunctionModuleDescriptor;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.util.MessageSetImpl;
import com.atlassian.query.clause.TerminalClause;
import com.atlassian.query.operand.FunctionOperand;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;
import org.slaclocks.policy.SlaConfiguration;
import org.slaclocks.query.function.FunctionAnswer;
import org.slaclocks.query.function.FunctionProblem;
import org.slaclocks.query.function.SlaFunction;
import org.slaclocks.query.function.SlaFunctionCall;
import org.slaclocks.web.i18n.Messages;
import org.slaclocks.web.view.FunctionProblems;

/**
 * One SLA search function as a Jira JQL function that returns values: the ids of the issues whose
 * stored clock answers the question at the moment of the search ({@code now} from the app's clock),
 * read from the stored clocks' indexed columns, never by computing clocks.
 *
 * <p>Browse permission: this returns ids only. Jira turns them into an {@code issue in (...)}
 * clause of the searcher's query, and its own search applies browse permissions and issue security
 * to it, so nobody learns of an issue they cannot see; an id of such an issue simply matches
 * nothing for them.
 *
 * <p>Problems with the arguments (an unknown metric, a bad duration, operator, date, filter, or the
 * wrong number of arguments) come from the core's parser, each said in the searcher's language by
 * the web layer's messages; a call with problems returns no ids.
 *
 * <p>Very long answers: Jira makes one search clause of each id and fails a search with more than
 * {@code jira.search.maxclauses} of them (65,000 by default), showing the searcher no issues or a
 * generic error. So {@code validate} asks the question too, and when more issues match than that,
 * it says so (how many match, the limit, and how to narrow the search). The answer it found is
 * remembered for the {@code getValues} that follows (see {@link SlaSearch}), so that a search asks
 * the database once. Should {@code getValues} still find too many (Jira ran it without validating,
 * or the answer grew in between), it returns no ids and logs why.
 */
public abstract class SlaJqlFunction implements JqlFunction {
  private static final Logger LOG = Logger.getLogger(SlaJqlFunction.class.getName());

  private final SlaFunction function;
  private final SlaSearch search;

  protected SlaJqlFunction(SlaFunction function, SlaSearch search) {
    this.function = Objects.requireNonNull(function, "function");
    this.search = Objects.requireNonNull(search, "search");
  }

  @Override
  public void init(JqlFunctionModuleDescriptor moduleDescriptor) {
    // Nothing to keep: the name comes from the SlaFunction, the messages from the web layer.
  }

  @Override
  public MessageSet validate(
      ApplicationUser searcher, FunctionOperand operand, TerminalClause terminalClause) {
    MessageSet messages = new MessageSetImpl();
    SlaConfiguration configuration = search.configuration();
    Instant now = search.now();
    SlaFunctionCall.Parsed parsed = parse(operand, configuration, now);
    List<FunctionProblem> problems = parsed.problems();
    if (parsed.isValid()) {
      FunctionAnswer answer = search.ask(parsed.question(), configuration, now);
      if (answer.isWithinLimit()) {
        search.remember(function, operand.getArgs(), configuration, now, answer);
      } else {
        problems = List.of(answer.problem(function));
      }
    }
    if (!problems.isEmpty()) {
      Messages language = Messages.of(search.locale());
      FunctionProblems.say(problems, language).forEach(messages::addErrorMessage);
    }
    return messages;
  }

  @Override
  public List<QueryLiteral> getValues(
      QueryCreationContext queryCreationContext,
      FunctionOperand operand,
      TerminalClause terminalClause) {
    SlaConfiguration configuration = search.configuration();
    Instant now = search.now();
    List<String> arguments = operand.getArgs();
    Optional<FunctionAnswer> validated = search.recall(function, arguments, configuration, now);
    FunctionAnswer answer;
    if (validated.isPresent()) {
      answer = validated.get();
    } else {
      SlaFunctionCall.Parsed parsed = parse(operand, configuration, now);
      if (!parsed.isValid()) {
        return List.of();
      }
      answer = search.ask(parsed.question(), configuration, now);
    }
    if (!answer.isWithinLimit()) {
      LOG.warning(
          "SLA search "
              + function.functionName()
              + arguments
              + " found no issues for Jira: "
              + answer.problem(function).english());
      return List.of();
    }
    List<QueryLiteral> ids = new ArrayList<>(answer.count());
    answer.forEachIssueId(id -> ids.add(new QueryLiteral(operand, id)));
    return ids;
  }

  private SlaFunctionCall.Parsed parse(
      FunctionOperand operand, SlaConfiguration configuration, Instant now) {
    return SlaFunctionCall.parse(
        function,
        operand.getArgs(),
        new SlaFunctionCall.Context(configuration, search.timeTracking(), now, search.zone()));
  }

  /** Every SLA function returns a list of issues. */
  @Override
  public boolean isList() {
    return true;
  }

  /** The metric and the function's own arguments; the policy and calendar filters are optional. */
  @Override
  public int getMinimumNumberOfExpectedArguments() {
    return function.arguments();
  }

  @Override
  public String getFunctionName() {
    return function.functionName();
  }

  @Override
  public JiraDataType getDataType() {
    return JiraDataTypes.ISSUE;
  }

  /** The core function this class adapts. */
  public SlaFunction slaFunction() {
    return function;
  }
}

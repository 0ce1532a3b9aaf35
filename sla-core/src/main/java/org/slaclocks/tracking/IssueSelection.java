package org.slaclocks.tracking;

import java.util.function.LongConsumer;

/**
 * Host port: the issues of a recalculation's scope, as ids. Jira answers with its search, the
 * sandbox from its loaded issues. The open issues are known from the stored clocks, so a host is
 * asked only for {@link RecalculationScope.Kind#UPDATED}, {@link RecalculationScope.Kind#ALL} and
 * {@link RecalculationScope.Kind#JQL}.
 */
public interface IssueSelection {
  /**
   * Feeds {@code sink} the id of every issue in the scope, each at least once.
   *
   * @throws IllegalArgumentException when the host cannot answer the scope (a JQL it refuses), with
   *     a message for the administrator
   */
  void forEach(RecalculationScope scope, LongConsumer sink);
}

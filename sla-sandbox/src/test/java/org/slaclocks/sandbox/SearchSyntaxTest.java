package org.slaclocks.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slaclocks.query.function.SlaFunction;
import org.slaclocks.sandbox.SearchSyntax.And;
import org.slaclocks.sandbox.SearchSyntax.Call;
import org.slaclocks.sandbox.SearchSyntax.Not;
import org.slaclocks.sandbox.SearchSyntax.Or;

/** The search is read strictly, as JQL writes it, and every mistake is placed and named. */
class SearchSyntaxTest {
  private static Call call(SlaFunction f, String... args) {
    return new Call(f, List.of(args), 0);
  }

  /** The tree without positions, to compare shapes. */
  private static SearchSyntax.Node shape(SearchSyntax.Node node) {
    if (node instanceof Call c) {
      return new Call(c.function(), c.arguments(), 0);
    } else if (node instanceof Not n) {
      return new Not(shape(n.part()));
    } else if (node instanceof And a) {
      return new And(a.parts().stream().map(SearchSyntaxTest::shape).toList());
    }
    return new Or(((Or) node).parts().stream().map(SearchSyntaxTest::shape).toList());
  }

  private static SearchSyntax.Error error(String jql) {
    return catchThrowableOfType(SearchSyntax.Error.class, () -> SearchSyntax.read(jql));
  }

  @Test
  void quotedAndUnquotedArgumentsAreReadAsJqlWritesThem() {
    Call read =
        (Call)
            SearchSyntax.read(
                "issue in slaRemaining(\"Time to first response\", '<', 2h, \"x\\\"y\")");
    assertThat(read.function()).isEqualTo(SlaFunction.REMAINING);
    assertThat(read.arguments()).containsExactly("Time to first response", "<", "2h", "x\"y");
    assertThat(read.position()).isEqualTo(10);
  }

  @Test
  void keywordsAndFunctionNamesAreCaseInsensitive() {
    assertThat(shape(SearchSyntax.read("ISSUE IN SLABREACHED(resolution) and Issue In slamet(x)")))
        .isEqualTo(
            new And(List.of(call(SlaFunction.BREACHED, "resolution"), call(SlaFunction.MET, "x"))));
  }

  @Test
  void notBindsTighterThanAndWhichBindsTighterThanOr() {
    assertThat(
            shape(
                SearchSyntax.read(
                    "issue in slaRunning(a) OR NOT issue in slaPaused(b) AND issue in slaMet(c)")))
        .isEqualTo(
            new Or(
                List.of(
                    call(SlaFunction.RUNNING, "a"),
                    new And(
                        List.of(
                            new Not(call(SlaFunction.PAUSED, "b")), call(SlaFunction.MET, "c"))))));
  }

  @Test
  void parenthesesGroupAndNotInNegates() {
    assertThat(
            shape(
                SearchSyntax.read(
                    "(issue in slaRunning(a) OR issue in slaPaused(b)) AND issue not in"
                        + " slaBreached(a)")))
        .isEqualTo(
            new And(
                List.of(
                    new Or(List.of(call(SlaFunction.RUNNING, "a"), call(SlaFunction.PAUSED, "b"))),
                    new Not(call(SlaFunction.BREACHED, "a")))));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '~',
      value = {
        // search | position | what the person reads
        "project = HELP | 1 | Expected issue in slaX(...), NOT or ( at character 1, found \"project\"",
        "issue = slaBreached(a) | 7 | Expected in or not in at character 7, found \"=\"",
        "issue in slaBreached(a) issue in slaMet(a) | 25 | Expected AND, OR or the end of the search"
            + " at character 25, found \"issue\"",
        "issue in slaBreached(a | 23 | Expected , or ) at character 23, found the end of the search",
        "issue in slaBreached(a,) | 24 | Expected an argument at character 24, found \")\"",
        "issue in slaBreached a | 22 | Expected ( after the function's name at character 22, found"
            + " \"a\"",
        "(issue in slaMet(a) | 20 | Expected ) at character 20, found the end of the search",
        "issue in (a) | 10 | Expected the name of an SLA function at character 10, found \"(\"",
        "issue in slaMet(a) AND | 23 | Expected issue in slaX(...), NOT or ( at character 23, found"
            + " the end of the search",
      })
  void aSyntaxErrorSaysWhereAndWhatWasExpected(String jql, int position, String message) {
    SearchSyntax.Error e = error(jql);
    assertThat(e).as(jql).isNotNull();
    assertThat(e.position()).isEqualTo(position);
    assertThat(SlaSearch.say(e, new SandboxTexts(Locale.ENGLISH))).isEqualTo(message);
  }

  @Test
  void anUnknownFunctionIsNamedWithTheKnownOnes() {
    SearchSyntax.Error e = error("issue in slaBreachd(a)");
    assertThat(e.position()).isEqualTo(10);
    assertThat(SlaSearch.say(e, new SandboxTexts(Locale.ENGLISH)))
        .startsWith("\"slaBreachd\" at character 10 is not an SLA function; the functions are")
        .contains("slaBreached", "slaRemaining", "slaBreachedBetween");
  }

  @Test
  void anUnclosedQuoteIsPlacedAtItsOpening() {
    SearchSyntax.Error e = error("issue in slaBreached('Time to resolution)");
    assertThat(e.position()).isEqualTo(22);
    assertThat(SlaSearch.say(e, new SandboxTexts(Locale.ENGLISH)))
        .isEqualTo("The quote at character 22 is not closed");
  }

  @Test
  void anEmptySearchShowsAnExampleAndMistakesAreSaidInDutchToo() {
    assertThat(SlaSearch.say(error("  "), new SandboxTexts(Locale.ENGLISH)))
        .isEqualTo("Type a search, for example " + SlaSearch.EXAMPLE);
    assertThat(SlaSearch.say(error("issue in slaMet(a"), new SandboxTexts(SandboxPeople.DUTCH)))
        .isEqualTo("Verwacht bij teken 18: , of ); gevonden: het einde van de zoekopdracht");
  }
}

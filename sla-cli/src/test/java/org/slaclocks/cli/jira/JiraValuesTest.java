package org.slaclocks.cli.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JiraValuesTest {
  @ParameterizedTest
  @CsvSource({
    "2010-07-21T15:12:31.977+0200, 2010-07-21T13:12:31.977Z",
    "2010-07-21T15:12:31.977-0930, 2010-07-22T00:42:31.977Z",
    "2010-07-21T15:12:31.977+02:00, 2010-07-21T13:12:31.977Z",
    "2026-01-05T09:00:00.000Z, 2026-01-05T09:00:00Z",
    // not Jira's usual form: read by the general formatter
    "2010-07-21T15:12:31+0200, 2010-07-21T13:12:31Z",
    "2010-07-21T15:12:31.5+02, 2010-07-21T13:12:31.500Z",
    "2010-07-21T15:12:31.123456+0000, 2010-07-21T15:12:31.123456Z",
    // a day the month does not have: the formatter's answer, the month's last day
    "2026-02-30T10:00:00.000+0000, 2026-02-28T10:00:00Z",
  })
  void readsJiraTimestamps(String text, String expected) {
    assertThat(JiraValues.instant(text)).isEqualTo(Instant.parse(expected));
  }

  @ParameterizedTest
  @CsvSource({"2010-07-21T15:12:31.977", "2010-07-21T25:12:31.977+0000", "2010-07-21 15:12"})
  void refusesWhatIsNotATimestampWithAnOffset(String text) {
    assertThatThrownBy(() -> JiraValues.instant(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("'" + text + "' is not a Jira timestamp with an offset");
  }
}

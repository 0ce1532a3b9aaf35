package org.slaclocks.web.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slaclocks.web.i18n.Messages;

/** A report's form read from a request: defaults, and every bad value said by its field. */
class ReportFormTest {
  static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
  static final LocalDate TODAY = LocalDate.parse("2026-04-28");

  static ReportForm parse(Locale language, String... pairs) {
    Map<String, String[]> parameters = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      parameters.put(pairs[i], new String[] {pairs[i + 1]});
    }
    return ReportForm.parse(parameters, AMSTERDAM, language, TODAY, Messages.of(language));
  }

  @Test
  void withoutParametersCoversLastMonthAndThisOneInTheViewersZone() {
    ReportForm form = parse(Locale.ENGLISH);

    assertThat(form.isValid()).isTrue();
    assertThat(form.from()).isEqualTo(LocalDate.parse("2026-03-01"));
    assertThat(form.to()).isEqualTo(TODAY);
    assertThat(form.zone()).isEqualTo(AMSTERDAM);
    assertThat(form.limit()).isEqualTo(20);
    assertThat(form.query()).isEqualTo("from=2026-03-01&to=2026-04-28&zone=Europe%2FAmsterdam");
  }

  @ParameterizedTest(name = "{0}={1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "from|2026-02-30|'2026-02-30' is not a date; write e.g. 2026-03-01.",
        "to|2026-01-31|The last day 2026-01-31 is before the first day 2026-03-01.",
        "zone|Mars/Olympus|'Mars/Olympus' is not a time zone; write e.g. Europe/Amsterdam or UTC.",
        "limit|0|'0' is not a number from 1 to 200.",
        "limit|many|'many' is not a number from 1 to 200.",
        "lang|fr|'fr' is not a language of the statements; choose en or nl."
      })
  void aBadValueIsSaidByItsField(String field, String value, String problem) {
    ReportForm form = parse(Locale.ENGLISH, field, value);

    assertThat(form.isValid()).isFalse();
    assertThat(form.problems()).containsExactly(Map.entry(field, problem));
  }

  @Test
  void problemsAreInTheViewersLanguage() {
    assertThat(parse(Locale.forLanguageTag("nl"), "from", "gisteren").problems())
        .containsEntry("from", "'gisteren' is geen datum; schrijf bijvoorbeeld 2026-03-01.");
  }

  @Test
  void aPeriodCrossingTheChangeToSummerTimeHasItsShortDay() {
    ReportForm form = parse(Locale.ENGLISH, "from", "2026-03-29", "to", "2026-03-29");

    assertThat(
            java.time.Duration.between(
                form.period().startInclusive(), form.period().endExclusive()))
        .hasHours(23);
  }
}

package org.slaclocks.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MessagesTest {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

  private static Properties bundle(String name) throws IOException {
    try (InputStream in =
        MessagesTest.class.getClassLoader().getResourceAsStream("web/i18n/" + name)) {
      assertThat(in).as(name).isNotNull();
      Properties properties = new Properties();
      properties.load(new InputStreamReader(in, StandardCharsets.ISO_8859_1));
      return properties;
    }
  }

  private static Set<String> placeholders(String pattern) {
    Set<String> found = new TreeSet<>();
    Matcher matcher = PLACEHOLDER.matcher(pattern);
    while (matcher.find()) {
      found.add(matcher.group(1));
    }
    return found;
  }

  @Test
  void englishAndDutchHaveTheSameKeysAndPlaceholders() throws IOException {
    Properties english = bundle("messages.properties");
    Properties dutch = bundle("messages_nl.properties");

    assertThat(dutch.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
    for (String key : english.stringPropertyNames()) {
      assertThat(placeholders(dutch.getProperty(key)))
          .as(key)
          .isEqualTo(placeholders(english.getProperty(key)));
      new MessageFormat(english.getProperty(key)); // every pattern parses
      new MessageFormat(dutch.getProperty(key));
    }
    assertThat(english.stringPropertyNames()).hasSizeGreaterThan(50);
    assertThat(english.stringPropertyNames()).allMatch(key -> key.startsWith(Messages.KEY_PREFIX));
  }

  @Test
  void bundlesAreAsciiSoEveryHostReadsThemAlike() throws IOException {
    for (String name : new String[] {"messages.properties", "messages_nl.properties"}) {
      try (InputStream in =
          MessagesTest.class.getClassLoader().getResourceAsStream("web/i18n/" + name)) {
        byte[] bytes = in.readAllBytes();
        for (byte b : bytes) {
          assertThat(b & 0xff).as(name + ": non-ASCII, write it as \\uXXXX").isLessThan(128);
        }
      }
    }
  }

  @Test
  void dutchIsDutch() {
    Messages dutch = Messages.of(Locale.forLanguageTag("nl-NL"));

    assertThat(dutch.text("state.PAUSED")).isEqualTo("Gepauzeerd");
    assertThat(dutch.text("panel.title")).isEqualTo("SLA's");
    assertThat(dutch.text("panel.pastCycles", 1)).isEqualTo("1 eerdere cyclus");
    assertThat(dutch.text("panel.pastCycles", 3)).isEqualTo("3 eerdere cycli");
  }

  @Test
  void aLanguageWithoutBundleGetsEnglishNotTheServersLanguage() {
    Locale before = Locale.getDefault();
    Locale.setDefault(Locale.forLanguageTag("nl"));
    try {
      assertThat(Messages.of(Locale.GERMAN).text("state.PAUSED")).isEqualTo("Paused");
    } finally {
      Locale.setDefault(before);
    }
  }

  @ParameterizedTest
  @CsvSource({
    "0, 0m",
    "1, 1m",
    "59, 1m",
    "60, 1m",
    "61, 2m",
    "2700, 45m",
    "3600, 1h",
    "8100, 2h 15m",
    "-1, -1m",
    "-2700, -45m",
    "-3660, -1h 1m",
    "90000, 25h"
  })
  void durationsAreWholeMinutesRoundedAwayFromZero(long seconds, String text) {
    assertThat(Messages.of(Locale.ENGLISH).duration(seconds)).isEqualTo(text);
  }

  @Test
  void aMissingKeyShowsItselfInsteadOfFailing() {
    assertThat(Messages.of(Locale.ENGLISH).text("no.such.key")).isEqualTo("no.such.key");
  }
}

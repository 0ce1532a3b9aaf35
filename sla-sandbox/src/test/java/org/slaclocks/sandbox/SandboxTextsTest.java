package org.slaclocks.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The sandbox's own words exist in both languages, with the same placeholders. */
class SandboxTextsTest {
  private static Properties bundle(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = SandboxTextsTest.class.getResourceAsStream("/sandbox/i18n/" + name)) {
      p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
    return p;
  }

  private static TreeMap<String, Set<String>> placeholders(Properties p) {
    TreeMap<String, Set<String>> out = new TreeMap<>();
    Pattern placeholder = Pattern.compile("\\{\\d+}");
    for (String key : p.stringPropertyNames()) {
      Set<String> found = new TreeSet<>();
      Matcher m = placeholder.matcher(p.getProperty(key));
      while (m.find()) {
        found.add(m.group());
      }
      out.put(key, found);
    }
    return out;
  }

  @Test
  void englishAndDutchHaveTheSameKeysAndPlaceholders() throws IOException {
    assertThat(placeholders(bundle("sandbox_nl.properties")))
        .isEqualTo(placeholders(bundle("sandbox.properties")));
  }

  @Test
  void textsAreInTheViewersLanguageWithTheirArguments() {
    assertThat(new SandboxTexts(Locale.ENGLISH).get("sandbox.role.RESTRICTED", "HELP"))
        .isEqualTo("may not browse HELP");
    assertThat(new SandboxTexts(SandboxPeople.DUTCH).get("sandbox.role.RESTRICTED", "HELP"))
        .isEqualTo("mag HELP niet inzien");
    assertThat(new SandboxTexts(Locale.ENGLISH).get("sandbox.banner")).contains("app's own views");
  }
}

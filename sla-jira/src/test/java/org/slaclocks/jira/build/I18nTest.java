package org.slaclocks.jira.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** English and Dutch have the same keys, and every key the descriptors use exists in both. */
class I18nTest {
  private static final Path RESOURCES = Path.of("src", "main", "resources");

  private static Properties load(String name) throws IOException {
    return PluginDescriptors.properties(
        Files.readAllBytes(RESOURCES.resolve("i18n").resolve(name)));
  }

  @Test
  void englishAndDutchHaveTheSameKeys() throws IOException {
    assertThat(load("sla_nl.properties").stringPropertyNames())
        .containsExactlyInAnyOrderElementsOf(load("sla.properties").stringPropertyNames());
  }

  @Test
  void everyKeyTheDescriptorUsesIsTranslated() throws IOException {
    String xml = Files.readString(RESOURCES.resolve("atlassian-plugin.xml"));
    assertThat(PluginDescriptors.i18nKeys(xml)).isNotEmpty();
    assertThat(load("sla.properties").stringPropertyNames())
        .containsAll(PluginDescriptors.i18nKeys(xml));
  }

  @Test
  void noTranslationIsEmpty() throws IOException {
    for (String file : new String[] {"sla.properties", "sla_nl.properties"}) {
      Properties p = load(file);
      assertThat(p.stringPropertyNames())
          .as(file)
          .allSatisfy(key -> assertThat(p.getProperty(key)).as(key).isNotBlank());
    }
  }
}

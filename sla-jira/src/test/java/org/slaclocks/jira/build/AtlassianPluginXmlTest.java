package org.slaclocks.jira.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Before packaging: every class the descriptor names loads (ours, or the Atlassian API's), and
 * every template, script and style its modules name is on the app's class path (sla-web's jar).
 */
class AtlassianPluginXmlTest {
  private static String descriptor() throws IOException {
    return Files.readString(Path.of("src", "main", "resources", "atlassian-plugin.xml"))
        .replaceAll("(?s)<!--.*?-->", "");
  }

  @Test
  void everyModuleClassExists() throws IOException {
    assertThat(PluginDescriptors.classNames(descriptor()))
        .contains(
            "org.slaclocks.jira.field.CountdownFieldType",
            "org.slaclocks.jira.panel.SlaPanelContextProvider")
        .allSatisfy(
            name ->
                assertThat(Class.forName(name, false, getClass().getClassLoader())).isNotNull());
  }

  @Test
  void everyResourceAModuleNamesIsOnTheClassPath() throws IOException {
    assertThat(PluginDescriptors.resourceLocations(descriptor()))
        .isNotEmpty()
        .allSatisfy(
            location ->
                assertThat(getClass().getClassLoader().getResource(location.replaceFirst("^/", "")))
                    .as(location)
                    .isNotNull());
  }
}

package org.slaclocks.jira.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Opens the jar that {@code package} produced and checks what decides whether Jira installs and
 * enables it: the manifest headers, the key, every class the descriptors name present or imported,
 * no Atlassian (stub) class inside, no spring-scanner index, i18n complete. Runs in {@code verify}.
 */
class BundleJarIT {
  private static JarFile jar;
  private static Attributes manifest;

  @BeforeAll
  static void open() throws IOException {
    jar = new JarFile(Path.of(System.getProperty("bundle.jar")).toFile());
    manifest = jar.getManifest().getMainAttributes();
  }

  @AfterAll
  static void close() throws IOException {
    jar.close();
  }

  private static String text(String entry) throws IOException {
    JarEntry e = jar.getJarEntry(entry);
    assertThat(e).as(entry + " in the jar").isNotNull();
    return new String(jar.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
  }

  private static List<String> entries() {
    List<String> names = new ArrayList<>();
    Collections.list(jar.entries()).forEach(e -> names.add(e.getName()));
    return names;
  }

  /** The packages of Import-Package, without their attributes. */
  static Set<String> imports() {
    Set<String> packages = new TreeSet<>();
    String header = manifest.getValue("Import-Package");
    // split on commas outside quotes
    Matcher m = Pattern.compile("([^,\"]+(\"[^\"]*\"[^,\"]*)*)").matcher(header);
    while (m.find()) {
      String clause = m.group(1).trim();
      if (!clause.isEmpty()) {
        packages.add(clause.split(";")[0].trim());
      }
    }
    return packages;
  }

  /**
   * Every Atlassian package is a mandatory import (a missing one shows at install), except the CSV
   * export API, whose only public evidence is from Jira 8: if Jira lacked it, only the countdown
   * field type would fail to load, not the whole app.
   */
  @Test
  void onlyTheCsvExportApiIsAnOptionalAtlassianImport() {
    String header = manifest.getValue("Import-Package");
    Matcher m = Pattern.compile("([^,\"]+(\"[^\"]*\"[^,\"]*)*)").matcher(header);
    Set<String> optional = new TreeSet<>();
    while (m.find()) {
      String clause = m.group(1).trim();
      if (clause.startsWith("com.atlassian.") && clause.contains("resolution:=optional")) {
        optional.add(clause.split(";")[0].trim());
      }
    }
    assertThat(optional)
        .containsExactlyInAnyOrder(
            "com.atlassian.jira.issue.export", "com.atlassian.jira.issue.export.customfield");
  }

  @Test
  void manifestMakesATransformerlessSpringPowered() throws IOException {
    String key = System.getProperty("plugin.key");
    assertThat(text("atlassian-plugin.xml")).contains("key=\"" + key + "\"");
    assertThat(manifest.getValue("Atlassian-Plugin-Key")).isEqualTo(key);
    assertThat(manifest.getValue("Bundle-SymbolicName")).isEqualTo(key);
    assertThat(manifest.getValue("Bundle-ManifestVersion")).isEqualTo("2");
    assertThat(manifest.getValue("Bundle-Version")).matches("\\d+\\.\\d+\\.\\d+(\\.[\\w-]+)?");
    assertThat(manifest.getValue("Spring-Context")).isEqualTo("*");
    assertThat(manifest.getValue("Export-Package")).isNull();
    assertThat(imports()).noneMatch(p -> p.startsWith("java."));
  }

  @Test
  void descriptorIsFilteredWithDataCenterParams() throws IOException {
    // Comments may mention what is left out; the checks are about the elements.
    String xml = text("atlassian-plugin.xml").replaceAll("(?s)<!--.*?-->", "");
    assertThat(xml).doesNotContain("${");
    assertThat(xml)
        .contains("<param name=\"atlassian-data-center-status\">compatible</param>")
        .contains("<param name=\"atlassian-data-center-compatible\">true</param>")
        .as("a transformerless app declares no component or component-import")
        .doesNotContain("<component");
  }

  @Test
  void everyClassTheDescriptorsNameIsInTheJarOrImported() throws IOException {
    Set<String> imported = imports();
    List<String> missing = new ArrayList<>();
    List<String> descriptors = new ArrayList<>(List.of("atlassian-plugin.xml"));
    entries().stream()
        .filter(n -> n.startsWith("META-INF/spring/") && n.endsWith(".xml"))
        .forEach(descriptors::add);
    assertThat(descriptors).hasSizeGreaterThan(1);
    for (String descriptor : descriptors) {
      for (String name : PluginDescriptors.classNames(text(descriptor))) {
        String entry = name.replace('.', '/') + ".class";
        String pkg = name.substring(0, name.lastIndexOf('.'));
        if (jar.getJarEntry(entry) == null && !pkg.startsWith("java.") && !imported.contains(pkg)) {
          missing.add(descriptor + ": " + name);
        }
      }
    }
    assertThat(missing).as("classes named in XML that the app would not find").isEmpty();
  }

  @Test
  void everyTemplateScriptAndStyleTheDescriptorNamesIsInTheJar() throws IOException {
    String xml = text("atlassian-plugin.xml").replaceAll("(?s)<!--.*?-->", "");
    Set<String> locations = PluginDescriptors.resourceLocations(xml);
    assertThat(locations)
        .as("the field's, panel's and web resource's files")
        .contains(
            "web/templates/countdown.vm",
            "web/templates/countdown-column.vm",
            "web/templates/countdown-xml.vm",
            "web/templates/panel.vm")
        .anyMatch(l -> l.endsWith(".js"))
        .anyMatch(l -> l.endsWith(".css"));
    assertThat(locations)
        .allSatisfy(
            location ->
                assertThat(jar.getJarEntry(location.replaceFirst("^/", "")))
                    .as(location + " in the jar")
                    .isNotNull());
  }

  @Test
  void theRestPackageTheDescriptorNamesIsInTheJar() throws IOException {
    String xml = text("atlassian-plugin.xml").replaceAll("(?s)<!--.*?-->", "");
    Matcher m = Pattern.compile("<package>\\s*([\\w.]+)\\s*</package>").matcher(xml);
    assertThat(m.find()).as("a rest module with its package").isTrue();
    String folder = m.group(1).replace('.', '/') + "/";
    assertThat(entries()).anyMatch(n -> n.startsWith(folder) && n.endsWith("Resource.class"));
  }

  @Test
  void carriesOurCodeAndLibrariesButNoAtlassianClassAndNoScannerIndex() {
    List<String> names = entries();
    assertThat(names)
        .contains(
            "org/slaclocks/tracking/ClockEngine.class",
            "org/slaclocks/jira/event/IssueEventListener.class",
            "com/fasterxml/jackson/databind/ObjectMapper.class",
            // the iCalendar holiday import: the parser, its line reader, and the messages it
            // loads as a resource bundle when a file has a problem
            "biweekly/Biweekly.class",
            "biweekly/messages.properties",
            "com/github/mangstadt/vinnie/io/VObjectReader.class",
            "META-INF/spring/plugin-context.xml");
    assertThat(names).noneMatch(n -> n.startsWith("com/atlassian/"));
    assertThat(names).noneMatch(n -> n.startsWith("com/opensymphony/"));
    assertThat(names).noneMatch(n -> n.startsWith("net/java/ao/"));
    assertThat(names).noneMatch(n -> n.startsWith("META-INF/plugin-components"));
  }

  @Test
  void translationsAreCompleteInTheJar() throws IOException {
    Set<String> english =
        PluginDescriptors.properties(
                text("i18n/sla.properties").getBytes(StandardCharsets.ISO_8859_1))
            .stringPropertyNames();
    Set<String> dutch =
        PluginDescriptors.properties(
                text("i18n/sla_nl.properties").getBytes(StandardCharsets.ISO_8859_1))
            .stringPropertyNames();
    assertThat(dutch).isEqualTo(english);
    assertThat(english).containsAll(PluginDescriptors.i18nKeys(text("atlassian-plugin.xml")));
  }
}

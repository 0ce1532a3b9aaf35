package org.slaclocks.jira.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Jira's AO plugin knows the schema only from the {@code <ao>} module: it must match AoSchema. */
class AoModuleDescriptorTest {

  private static Document parse(String resource) throws Exception {
    try (InputStream xml = AoModuleDescriptorTest.class.getResourceAsStream(resource)) {
      assertThat(xml).as(resource + " on the classpath").isNotNull();
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newDocumentBuilder().parse(xml);
    }
  }

  @Test
  void theAoModuleListsTheSchemasEntitiesAndUpgradeTasks() throws Exception {
    Document descriptor = parse("/atlassian-plugin.xml");
    NodeList modules = descriptor.getElementsByTagName("ao");
    assertThat(modules.getLength()).isEqualTo(1);
    Element ao = (Element) modules.item(0);

    assertThat(texts(ao, "entity"))
        .containsExactlyElementsOf(AoSchema.entities().stream().map(Class::getName).toList());
    assertThat(texts(ao, "upgradeTask"))
        .containsExactlyElementsOf(
            AoSchema.upgradeTasks(Clock.systemUTC()).stream()
                .map(t -> t.getClass().getName())
                .toList());
  }

  /**
   * The version 3 and 4 tasks migrate destructively: a table their frozen model does not list would
   * be dropped. So each names exactly the live tables but those that later versions add (the
   * version 5 task creates the cycle tables, without dropping anything), and the version 5 model
   * names every live table.
   */
  @Test
  void theFrozenModelsOfDestructiveTasksListEveryTableOfTheirTime() {
    List<String> live =
        AoSchema.entities().stream().map(AoModuleDescriptorTest::table).sorted().toList();
    List<String> addedBy5 = List.of("CYCLE", "CYCLE_FIELD");
    List<String> addedBy6 = List.of("CYCLE_LINE");
    List<String> addedBy7 = List.of("CYCLE_SUM");
    List<String> before7 = live.stream().filter(t -> !addedBy7.contains(t)).toList();
    List<String> before6 = before7.stream().filter(t -> !addedBy6.contains(t)).toList();
    List<String> before5 = before6.stream().filter(t -> !addedBy5.contains(t)).toList();

    assertThat(ClockFactsUpgrade.VERSION_3.stream().map(AoModuleDescriptorTest::table).sorted())
        .containsExactlyElementsOf(before5);
    assertThat(AlertTriggersUpgrade.VERSION_4.stream().map(AoModuleDescriptorTest::table).sorted())
        .containsExactlyElementsOf(before5);
    assertThat(CycleRowsUpgrade.VERSION_5.stream().map(AoModuleDescriptorTest::table).sorted())
        .containsExactlyElementsOf(before6);
    assertThat(CycleLinesUpgrade.VERSION_6.stream().map(AoModuleDescriptorTest::table).sorted())
        .containsExactlyElementsOf(before7);
    assertThat(CycleSumsUpgrade.VERSION_7.stream().map(AoModuleDescriptorTest::table).sorted())
        .containsExactlyElementsOf(live);
    assertThat(live).containsAll(addedBy5).containsAll(addedBy6).containsAll(addedBy7);
  }

  private static String table(Class<?> entity) {
    net.java.ao.schema.Table table = entity.getAnnotation(net.java.ao.schema.Table.class);
    assertThat(table).as(entity.getName() + " has @Table").isNotNull();
    return table.value();
  }

  /**
   * The AO plugin creates each upgrade task through the app's Spring context, autowiring its
   * constructor by type: one public constructor, each parameter a type the context has one bean of.
   */
  @Test
  void theSpringContextCanCreateEveryUpgradeTask() throws Exception {
    Document context = parse("/META-INF/spring/plugin-context.xml");
    List<String> beanClasses = new ArrayList<>();
    NodeList beans = context.getElementsByTagName("bean");
    for (int i = 0; i < beans.getLength(); i++) {
      beanClasses.add(((Element) beans.item(i)).getAttribute("class"));
    }
    for (ActiveObjectsUpgradeTask task : AoSchema.upgradeTasks(Clock.systemUTC())) {
      Constructor<?>[] constructors = task.getClass().getConstructors();
      assertThat(constructors).as(task.getClass().getName()).hasSize(1);
      for (Class<?> parameter : constructors[0].getParameterTypes()) {
        assertThat(beanClasses)
            .as("beans of %s for %s", parameter.getName(), task.getClass().getSimpleName())
            .containsOnlyOnce(parameter.getName());
      }
    }
  }

  private static List<String> texts(Element parent, String tag) {
    List<String> texts = new ArrayList<>();
    NodeList nodes = parent.getElementsByTagName(tag);
    for (int i = 0; i < nodes.getLength(); i++) {
      texts.add(nodes.item(i).getTextContent().trim());
    }
    return texts;
  }
}

package org.slaclocks.jira.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Jira's AO plugin knows the schema only from the {@code <ao>} module: it must match AoSchema. */
class AoModuleDescriptorTest {

  @Test
  void theAoModuleListsTheSchemasEntitiesAndUpgradeTasks() throws Exception {
    Document descriptor;
    try (InputStream xml = getClass().getResourceAsStream("/atlassian-plugin.xml")) {
      assertThat(xml).as("atlassian-plugin.xml on the classpath").isNotNull();
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      descriptor = factory.newDocumentBuilder().parse(xml);
    }
    NodeList modules = descriptor.getElementsByTagName("ao");
    assertThat(modules.getLength()).isEqualTo(1);
    Element ao = (Element) modules.item(0);

    assertThat(texts(ao, "entity"))
        .containsExactlyElementsOf(AoSchema.entities().stream().map(Class::getName).toList());
    assertThat(texts(ao, "upgradeTask"))
        .containsExactlyElementsOf(
            AoSchema.upgradeTasks().stream().map(t -> t.getClass().getName()).toList());
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

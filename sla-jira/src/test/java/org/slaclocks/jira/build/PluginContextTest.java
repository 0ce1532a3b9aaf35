package org.slaclocks.jira.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The hand-written Spring wiring (no Spring runs in the build) read as Jira's Gemini Blueprint
 * container would use it: every bean's class exists, has a public constructor taking exactly its
 * constructor-args in order, and each argument's bean (or imported OSGi service) is of a type the
 * parameter accepts. A wrong order or a missing argument would otherwise stop the app at enable
 * time on a real Jira.
 */
class PluginContextTest {
  @Test
  void everyBeanIsBuiltFromBeansOfTheTypesItsConstructorTakes() throws Exception {
    Document xml;
    try (InputStream in = getClass().getResourceAsStream("/META-INF/spring/plugin-context.xml")) {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      xml = factory.newDocumentBuilder().parse(in);
    }
    Map<String, Class<?>> types = new HashMap<>();
    NodeList references = xml.getElementsByTagNameNS("*", "reference");
    for (int i = 0; i < references.getLength(); i++) {
      Element reference = (Element) references.item(i);
      types.put(reference.getAttribute("id"), Class.forName(reference.getAttribute("interface")));
    }
    NodeList beans = xml.getElementsByTagNameNS("*", "bean");
    for (int i = 0; i < beans.getLength(); i++) {
      Element bean = (Element) beans.item(i);
      Class<?> type = Class.forName(bean.getAttribute("class"));
      if (!bean.getAttribute("factory-method").isEmpty()) {
        Method factory = type.getMethod(bean.getAttribute("factory-method"));
        assertThat(Modifier.isStatic(factory.getModifiers())).isTrue();
        types.put(bean.getAttribute("id"), factory.getReturnType());
      } else {
        types.put(bean.getAttribute("id"), type);
      }
    }
    List<String> checked = new ArrayList<>();
    for (int i = 0; i < beans.getLength(); i++) {
      Element bean = (Element) beans.item(i);
      if (!bean.getAttribute("factory-method").isEmpty()) {
        continue;
      }
      String id = bean.getAttribute("id");
      Class<?> type = types.get(id);
      NodeList args = bean.getElementsByTagNameNS("*", "constructor-arg");
      List<Class<?>> given = new ArrayList<>();
      for (int a = 0; a < args.getLength(); a++) {
        String ref = ((Element) args.item(a)).getAttribute("ref");
        assertThat(types).as(id + " names a bean or service '" + ref + "'").containsKey(ref);
        given.add(types.get(ref));
      }
      boolean fits =
          Arrays.stream(type.getConstructors())
              .map(Constructor::getParameterTypes)
              .anyMatch(params -> accepts(params, given));
      assertThat(fits)
          .as(
              "bean %s: %s has a public constructor taking %s",
              id, type.getSimpleName(), given.stream().map(Class::getSimpleName).toList())
          .isTrue();
      checked.add(id);
    }
    assertThat(checked).contains("slaSearch", "adminHost", "configurationEditor", "webHost");

    // Jira builds the module classes itself (servlet, JQL functions, the field type, the panel's
    // context provider), each constructor parameter from the one bean or service of its type.
    Document plugin;
    try (InputStream in = getClass().getResourceAsStream("/atlassian-plugin.xml")) {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      plugin = factory.newDocumentBuilder().parse(in);
    }
    List<String> modules = new ArrayList<>();
    for (String tag : List.of("servlet", "jql-function", "customfield-type", "context-provider")) {
      NodeList found = plugin.getElementsByTagName(tag);
      for (int i = 0; i < found.getLength(); i++) {
        String name = ((Element) found.item(i)).getAttribute("class");
        if (name.startsWith("org.slaclocks.")) {
          modules.add(name);
        }
      }
    }
    assertThat(modules).contains("org.slaclocks.jira.admin.AdminServlet");
    for (String module : modules) {
      Constructor<?>[] constructors = Class.forName(module).getConstructors();
      assertThat(constructors).as(module + " has one public constructor").hasSize(1);
      for (Class<?> param : constructors[0].getParameterTypes()) {
        long candidates = types.values().stream().filter(param::isAssignableFrom).count();
        assertThat(candidates)
            .as("%s takes a %s: exactly one bean or service has that type", module, param.getName())
            .isEqualTo(1);
      }
    }
  }

  private static boolean accepts(Class<?>[] params, List<Class<?>> given) {
    if (params.length != given.size()) {
      return false;
    }
    for (int i = 0; i < params.length; i++) {
      if (!params[i].isAssignableFrom(given.get(i))) {
        return false;
      }
    }
    return true;
  }
}

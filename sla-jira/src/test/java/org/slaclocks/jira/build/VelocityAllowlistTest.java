package org.slaclocks.jira.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.slaclocks.web.view.Templates;

/**
 * Jira 10 lets a template call only allowlisted methods: the app's {@code velocity-allowlist} must
 * name every method the web layer's templates (read from the sla-web jar on the class path) call,
 * and nothing that does not exist or is not one of the web layer's view classes.
 */
class VelocityAllowlistTest {
  private static final Pattern METHOD = Pattern.compile("<method>\\s*([^<\\s]+)\\s*</method>");

  private static Set<String> allowlist() throws IOException {
    String xml = Files.readString(Path.of("src", "main", "resources", "atlassian-plugin.xml"));
    Set<String> entries = new TreeSet<>();
    Matcher m = METHOD.matcher(xml);
    while (m.find()) {
      entries.add(m.group(1));
    }
    return entries;
  }

  private static TemplateCalls templateCalls() throws IOException {
    TemplateCalls calls = new TemplateCalls();
    for (String template : Templates.ALL) {
      try (InputStream in = Templates.class.getClassLoader().getResourceAsStream(template)) {
        assertThat(in).as(template + " on the class path").isNotNull();
        Map<String, Class<?>> context = new java.util.HashMap<>(Templates.CONTEXT_TYPES);
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        calls.read(template, text, context);
      }
    }
    return calls;
  }

  @Test
  void everyMethodATemplateCallsIsAllowlisted() throws IOException {
    TemplateCalls calls = templateCalls();
    assertThat(calls.problems).as("template references the check cannot resolve").isEmpty();
    assertThat(calls.entries).as("methods the templates call").isNotEmpty();
    assertThat(allowlist()).containsAll(calls.entries);
  }

  @Test
  void everyAllowlistEntryIsAPublicMethodOfAViewClass() throws IOException {
    Set<String> viewClasses = new TreeSet<>();
    Templates.VIEW_TYPES.forEach(c -> viewClasses.add(c.getName()));
    for (String entry : allowlist()) {
      String owner = entry.substring(0, entry.indexOf('#'));
      String name = entry.substring(entry.indexOf('#') + 1, entry.indexOf('('));
      String parameters = entry.substring(entry.indexOf('(') + 1, entry.length() - 1);
      assertThat(viewClasses)
          .as(entry + ": plugins may allowlist only their own classes")
          .contains(owner);
      Class<?> type;
      try {
        type = Class.forName(owner);
      } catch (ClassNotFoundException e) {
        throw new AssertionError(entry + ": no such class", e);
      }
      boolean exists =
          Arrays.stream(type.getMethods())
              .map(TemplateCalls::entry)
              .anyMatch(e -> e.equals(owner + "#" + name + "(" + parameters + ")"));
      assertThat(exists).as(entry + " names a public method").isTrue();
    }
  }

  @Test
  void theAllowlistNamesNothingNoTemplateCalls() throws IOException {
    assertThat(templateCalls().entries).containsAll(allowlist());
  }
}

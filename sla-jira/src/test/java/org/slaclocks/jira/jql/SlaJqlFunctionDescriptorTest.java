package org.slaclocks.jira.jql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.timezone.TimeZoneManager;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.slaclocks.jira.web.JiraViewers;
import org.slaclocks.query.ClockQueries;
import org.slaclocks.query.function.SlaFunction;
import org.slaclocks.tracking.ExclusionRepository;

/** Every core SLA function is a jql-function module of the app, with its class and its name. */
class SlaJqlFunctionDescriptorTest {
  private static final Pattern MODULE =
      Pattern.compile(
          "<jql-function [^>]*class=\"org\\.slaclocks\\.jira\\.jql\\.(\\w+)\"[^>]*>\\s*"
              + "<fname>(\\w+)</fname>\\s*<list>true</list>\\s*</jql-function>");

  @Test
  void everyFunctionIsDeclaredWithItsClassAndName() throws Exception {
    String xml;
    try (InputStream in = getClass().getResourceAsStream("/atlassian-plugin.xml")) {
      xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Map<String, String> declared = new LinkedHashMap<>();
    Matcher m = MODULE.matcher(xml);
    while (m.find()) {
      declared.put(m.group(2), m.group(1));
    }
    Map<String, String> expected = new LinkedHashMap<>();
    for (SlaFunction f : SlaFunction.values()) {
      String name = f.functionName();
      expected.put(name, Character.toUpperCase(name.charAt(0)) + name.substring(1) + "Function");
    }
    assertThat(declared).containsExactlyInAnyOrderEntriesOf(expected);
    for (Map.Entry<String, String> e : declared.entrySet()) {
      Class<?> type = Class.forName("org.slaclocks.jira.jql." + e.getValue());
      SlaJqlFunction function =
          (SlaJqlFunction) type.getConstructor(SlaSearch.class).newInstance(search());
      assertThat(function.getFunctionName()).isEqualTo(e.getKey());
    }
    assertThat(Arrays.asList(SlaFunction.values())).hasSize(declared.size());
  }

  private static SlaSearch search() {
    return new SlaSearch(
        () -> null,
        mock(ClockQueries.class),
        mock(ExclusionRepository.class),
        new JiraViewers(mock(JiraAuthenticationContext.class), mock(TimeZoneManager.class)),
        SearchSettings.JIRA_DEFAULTS,
        Clock.systemUTC());
  }
}

package org.slaclocks.jira.build;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the app's descriptors name: classes, interfaces and i18n keys. */
final class PluginDescriptors {
  private static final Pattern CLASS_ATTRIBUTE =
      Pattern.compile("\\b(?:class|interface)=\"([A-Za-z0-9_.$]+)\"");
  private static final Pattern CLASS_ELEMENT =
      Pattern.compile("<(?:entity|upgradeTask)>\\s*([A-Za-z0-9_.$]+)\\s*</");
  private static final Pattern I18N_KEY =
      Pattern.compile("\\b(?:key|i18n-name-key)=\"(sla\\.[A-Za-z0-9_.-]+)\"");

  private static final Pattern RESOURCE_LOCATION =
      Pattern.compile("<resource\\b[^>]*\\blocation=\"([^\"]+)\"");

  private PluginDescriptors() {}

  /** Every file a {@code <resource>} element names, as in the descriptor. */
  static Set<String> resourceLocations(String xml) {
    Set<String> locations = new TreeSet<>();
    Matcher m = RESOURCE_LOCATION.matcher(xml);
    while (m.find()) {
      if (!m.group(0).contains("type=\"i18n\"")) {
        locations.add(m.group(1));
      }
    }
    return locations;
  }

  /** Every fully qualified class or interface name in an XML descriptor. */
  static Set<String> classNames(String xml) {
    Set<String> names = new TreeSet<>();
    for (Pattern pattern : new Pattern[] {CLASS_ATTRIBUTE, CLASS_ELEMENT}) {
      Matcher m = pattern.matcher(xml);
      while (m.find()) {
        names.add(m.group(1));
      }
    }
    return names;
  }

  /** Every i18n key ({@code sla.*}) an XML descriptor uses. */
  static Set<String> i18nKeys(String xml) {
    Set<String> keys = new TreeSet<>();
    Matcher m = I18N_KEY.matcher(xml);
    while (m.find()) {
      keys.add(m.group(1));
    }
    return keys;
  }

  static Properties properties(byte[] bytes) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = new ByteArrayInputStream(bytes)) {
      properties.load(in);
    }
    return properties;
  }
}

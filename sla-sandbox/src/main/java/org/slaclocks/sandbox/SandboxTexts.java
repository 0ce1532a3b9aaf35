package org.slaclocks.sandbox;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The sandbox's own words (header, list, issue page), in the viewer's language; the SLA views bring
 * theirs. Templates call {@code $text.get("key")}, whose result the renderer escapes.
 */
public final class SandboxTexts {
  private final ResourceBundle bundle;
  private final Locale locale;

  public SandboxTexts(Locale locale) {
    this.locale = locale;
    this.bundle =
        ResourceBundle.getBundle(
            "sandbox.i18n.sandbox",
            locale,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  public String get(String key) {
    try {
      return new MessageFormat(bundle.getString(key), locale).format(new Object[0]);
    } catch (MissingResourceException e) {
      return key;
    }
  }

  public String get(String key, Object argument) {
    return format(key, argument);
  }

  public String get(String key, Object first, Object second) {
    return format(key, first, second);
  }

  public String get(String key, Object first, Object second, Object third) {
    return format(key, first, second, third);
  }

  private String format(String key, Object... arguments) {
    try {
      return new MessageFormat(bundle.getString(key), locale).format(arguments);
    } catch (MissingResourceException e) {
      return key;
    }
  }

  public String language() {
    return locale.getLanguage();
  }
}

package org.slaclocks.web.i18n;

import java.text.MessageFormat;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The web layer's texts in one viewer's language, read from {@code web/i18n/messages*.properties}
 * (English, Dutch), keys prefixed with {@link #KEY_PREFIX}. A language without a bundle gets
 * English, never the JVM's default language. Patterns are {@link MessageFormat} patterns: a literal
 * apostrophe is written twice.
 */
public final class Messages {
  /** The base name of the bundles on the classpath. */
  public static final String BUNDLE = "web.i18n.messages";

  /**
   * What every key in the bundles starts with: a host may register them with its own texts (Jira's
   * i18n keys are one namespace for all apps), so they must not clash. Callers leave it out.
   */
  public static final String KEY_PREFIX = "slaclocks.";

  private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
  private static final Map<Locale, Messages> CACHE = new ConcurrentHashMap<>();

  private final Locale locale;
  private final ResourceBundle bundle;
  private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();
  private final Map<String, DateTimeFormatter> dateFormats = new ConcurrentHashMap<>();

  private Messages(Locale locale) {
    this.locale = locale;
    this.bundle =
        ResourceBundle.getBundle(
            BUNDLE, locale, Messages.class.getClassLoader(), NO_DEFAULT_LOCALE);
  }

  public static Messages of(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return CACHE.computeIfAbsent(locale, Messages::new);
  }

  public Locale locale() {
    return locale;
  }

  /**
   * Every text whose key starts with {@code prefix} (after {@link #KEY_PREFIX}), by key without
   * either prefix, as written ({@code {0}} placeholders left in): what a page's script fills
   * itself.
   */
  public Map<String, String> texts(String prefix) {
    Map<String, String> texts = new java.util.TreeMap<>();
    String full = KEY_PREFIX + prefix;
    for (String key : bundle.keySet()) {
      if (key.startsWith(full)) {
        texts.put(key.substring(full.length()), bundle.getString(key));
      }
    }
    return texts;
  }

  /** The text under {@code key} with its placeholders filled; the key itself when missing. */
  public String text(String key, Object... arguments) {
    MessageFormat format =
        formats.computeIfAbsent(
            key,
            k -> {
              try {
                return new MessageFormat(bundle.getString(KEY_PREFIX + k), locale);
              } catch (MissingResourceException e) {
                return new MessageFormat("'" + k.replace("'", "''") + "'", locale);
              }
            });
    synchronized (format) {
      return format.format(arguments);
    }
  }

  /** The date-time formatter whose pattern is the text under {@code key}, in this language. */
  public DateTimeFormatter dateTimeFormat(String key) {
    return dateFormats.computeIfAbsent(key, k -> DateTimeFormatter.ofPattern(text(k), locale));
  }

  /**
   * Working time as agents read it: {@code 2h 15m}, {@code 45m}, {@code -45m}. Whole minutes,
   * rounded away from zero so that "0m" means exactly nothing left and a clock one second over
   * shows {@code -1m}. The browser's countdown formats the same way (units from {@link #hourUnit}
   * and {@link #minuteUnit}).
   */
  public String duration(long seconds) {
    long abs = Math.abs(seconds);
    long minutes = (abs + 59) / 60;
    String sign = seconds < 0 ? "-" : "";
    long hours = minutes / 60;
    long rest = minutes % 60;
    if (hours == 0) {
      return sign + rest + minuteUnit();
    }
    if (rest == 0) {
      return sign + hours + hourUnit();
    }
    return sign + hours + hourUnit() + " " + rest + minuteUnit();
  }

  public String duration(Duration duration) {
    return duration(duration.getSeconds());
  }

  public String hourUnit() {
    return text("unit.hour");
  }

  public String minuteUnit() {
    return text("unit.minute");
  }
}

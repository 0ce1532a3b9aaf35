package org.slaclocks.web.host;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;

/**
 * The person looking at a page or calling a resource, as the host knows them: {@code userKey} is
 * null for an anonymous visitor. Every text a view shows is in {@code locale}, every instant in
 * {@code zone}.
 */
public record Viewer(String userKey, String displayName, Locale locale, ZoneId zone) {
  public Viewer {
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(zone, "zone");
    displayName = displayName == null ? "" : displayName;
  }

  public boolean isAnonymous() {
    return userKey == null;
  }
}

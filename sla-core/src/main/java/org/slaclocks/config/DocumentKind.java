package org.slaclocks.config;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of configuration document, each a part of the policy file. */
public enum DocumentKind {
  /** One calendar; its id is the calendar's name. */
  CALENDAR("calendar"),
  /** One policy; its id is the policy's id. */
  POLICY("policy"),
  /** The policies' order ({@code {"order": ["vip", "standard"]}}); its id is {@value #SINGLE}. */
  POLICY_ORDER("policy-order"),
  /** Who the agents are ({@code {"users": [], "groups": [], "roles": []}}); id {@value #SINGLE}. */
  AGENTS("agents"),
  /** Offline settings ({@code {"groups": {}, "customFields": {}}}); id {@value #SINGLE}. */
  SETTINGS("settings");

  /** The id of a kind that has one document. */
  public static final String SINGLE = "default";

  private final String key;

  DocumentKind(String key) {
    this.key = key;
  }

  /** The name stored and used in REST paths. */
  public String key() {
    return key;
  }

  /** Whether there is one document of this kind (its id is {@link #SINGLE}). */
  public boolean isSingle() {
    return this != CALENDAR && this != POLICY;
  }

  public static Optional<DocumentKind> of(String key) {
    return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
  }
}

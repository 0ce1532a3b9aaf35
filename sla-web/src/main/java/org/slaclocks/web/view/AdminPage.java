package org.slaclocks.web.view;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Map;
import java.util.Objects;
import org.slaclocks.format.Json;
import org.slaclocks.format.PolicyJson;
import org.slaclocks.web.i18n.Messages;

/**
 * The SLA administration page ({@code admin.vm}): the script ({@code sla-admin.js}) builds the
 * calendars, policies, import/export and audit log sections from the REST API under {@code
 * restBase}, in the viewer's language ({@code texts}), with the metric templates and conditions the
 * policy editor offers ({@code catalogJson}, from {@link PolicyJson#editorCatalog()}); or the page
 * says that only administrators may configure SLAs ({@code allowed} false, nothing else is given).
 */
public record AdminPage(
    boolean allowed,
    String restBase,
    String textsJson,
    String catalogJson,
    String zone,
    String refusal) {
  public AdminPage {
    Objects.requireNonNull(restBase, "restBase");
    Objects.requireNonNull(textsJson, "textsJson");
    Objects.requireNonNull(catalogJson, "catalogJson");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(refusal, "refusal");
  }

  /**
   * The page for a viewer in {@code messages}' language and time zone {@code zone}: the page shows
   * instants in it and reads the dates and times typed on it in it.
   */
  public static AdminPage of(
      boolean allowed, String restBase, Messages messages, java.time.ZoneId zone) {
    String refusal = messages.text("admin.forbidden");
    if (!allowed) {
      return new AdminPage(false, restBase, "{}", "{}", zone.getId(), refusal);
    }
    Map<String, String> texts = messages.texts("adminui.");
    try {
      String json = Json.MAPPER.writeValueAsString(texts);
      String templates = Json.MAPPER.writeValueAsString(PolicyJson.editorCatalog());
      return new AdminPage(true, restBase, json, templates, zone.getId(), refusal);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("texts always write as JSON", e);
    }
  }
}

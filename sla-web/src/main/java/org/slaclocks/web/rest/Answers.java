package org.slaclocks.web.rest;

import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/** The shapes of every answer: never cached, errors as {@link ErrorJson}. */
final class Answers {
  static final String NO_STORE = "no-store";
  static final String HTML = MediaType.TEXT_HTML + ";charset=UTF-8";
  static final String JSON = MediaType.APPLICATION_JSON + ";charset=UTF-8";

  private Answers() {}

  static Response json(Object entity) {
    return Response.ok(entity, JSON).header("Cache-Control", NO_STORE).build();
  }

  static Response html(String html) {
    return Response.ok(html, HTML).header("Cache-Control", NO_STORE).build();
  }

  /** A JSON tree written with the core's mapper, as text (no host's JSON provider sees it). */
  static Response tree(
      Response.ResponseBuilder builder, com.fasterxml.jackson.databind.JsonNode body) {
    try {
      return builder
          .entity(org.slaclocks.format.Json.MAPPER.writeValueAsString(body))
          .type(JSON)
          .header("Cache-Control", NO_STORE)
          .build();
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always writes", e);
    }
  }

  /** The request body as UTF-8 text; empty when it is longer than {@code max} bytes. */
  static java.util.Optional<String> body(java.io.InputStream body, int max) {
    if (body == null) {
      return java.util.Optional.of("");
    }
    try {
      byte[] bytes = body.readNBytes(max + 1);
      return bytes.length > max
          ? java.util.Optional.empty()
          : java.util.Optional.of(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
    } catch (java.io.IOException e) {
      throw new IllegalStateException("the request body could not be read", e);
    }
  }

  /** A text of the web layer's messages in the viewer's language. */
  static String text(org.slaclocks.web.host.Viewer viewer, String key, Object... args) {
    return org.slaclocks.web.i18n.Messages.of(viewer.locale()).text(key, args);
  }

  /** The administration resources' refusal of someone who may not configure SLAs. */
  static Response forbidden(org.slaclocks.web.host.Viewer viewer) {
    return error(Response.Status.FORBIDDEN, text(viewer, "admin.forbidden"));
  }

  /**
   * A refused configuration (400): {@code message} and every problem with its document (when it has
   * one) and path, as the screens show them next to the fields.
   */
  static Response invalid(
      String message, java.util.List<org.slaclocks.config.DocumentProblem> problems) {
    com.fasterxml.jackson.databind.node.ObjectNode answer =
        org.slaclocks.format.Json.MAPPER.createObjectNode();
    answer.put("message", message);
    com.fasterxml.jackson.databind.node.ArrayNode list = answer.putArray("problems");
    for (org.slaclocks.config.DocumentProblem p : problems) {
      com.fasterxml.jackson.databind.node.ObjectNode problem = list.addObject();
      if (p.kind() != null) {
        problem.put("kind", p.kind().key());
        if (p.id() != null) {
          problem.put("id", p.id());
        }
      }
      problem.put("path", p.path());
      problem.put("message", p.message());
    }
    return tree(Response.status(Response.Status.BAD_REQUEST), answer);
  }

  static Response error(Response.Status status, String message) {
    return Response.status(status)
        .entity(new ErrorJson(message))
        .type(JSON)
        .header("Cache-Control", NO_STORE)
        .build();
  }
}

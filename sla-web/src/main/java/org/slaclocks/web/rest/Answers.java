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

  static Response error(Response.Status status, String message) {
    return Response.status(status)
        .entity(new ErrorJson(message))
        .type(JSON)
        .header("Cache-Control", NO_STORE)
        .build();
  }
}

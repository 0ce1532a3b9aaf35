package org.slaclocks.sandbox;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The header's forms (POST, then back to the page): {@code /sandbox/person} (person=userKey),
 * {@code /sandbox/language} (language=en|nl), and {@code /sandbox/time} (now=INSTANT or
 * advance=DURATION; only while time is frozen, otherwise 409). {@code return} must be a path of
 * this server.
 */
final class SandboxActions extends HttpServlet {
  private static final long serialVersionUID = 1L;

  private final transient SandboxApp app;

  SandboxActions(SandboxApp app) {
    this.app = app;
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    request.setCharacterEncoding("UTF-8");
    String action = request.getPathInfo() == null ? "" : request.getPathInfo();
    switch (action) {
      case "/person" -> {
        String person = request.getParameter("person");
        if (person == null || app.viewers().people().byKey(person).isEmpty()) {
          plain(response, HttpServletResponse.SC_BAD_REQUEST, "unknown person: " + person);
          return;
        }
        cookie(response, ViewerFilter.PERSON_COOKIE, person);
        back(request, response);
      }
      case "/language" -> {
        String language = request.getParameter("language");
        if (ViewerFilter.language(language) == null) {
          plain(response, HttpServletResponse.SC_BAD_REQUEST, "language must be en or nl");
          return;
        }
        cookie(response, ViewerFilter.LANGUAGE_COOKIE, language);
        back(request, response);
      }
      case "/time" -> time(request, response);
      default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
  }

  private void time(HttpServletRequest request, HttpServletResponse response) throws IOException {
    if (!app.clock().isFrozen()) {
      plain(
          response,
          HttpServletResponse.SC_CONFLICT,
          "time is running; start the sandbox with --now INSTANT to move it");
      return;
    }
    Instant to;
    try {
      String now = request.getParameter("now");
      String advance = request.getParameter("advance");
      if (now != null && !now.isBlank()) {
        to = OffsetDateTime.parse(now.strip()).toInstant();
      } else if (advance != null && !advance.isBlank()) {
        to = app.clock().instant().plus(Duration.parse(advance.strip()));
      } else {
        plain(response, HttpServletResponse.SC_BAD_REQUEST, "give now=INSTANT or advance=DURATION");
        return;
      }
    } catch (DateTimeParseException e) {
      plain(
          response,
          HttpServletResponse.SC_BAD_REQUEST,
          "now must be an instant such as 2026-05-04T08:00:00Z, advance a duration such as PT1H");
      return;
    }
    app.moveTime(to);
    if (request.getParameter("return") == null) {
      plain(response, HttpServletResponse.SC_OK, to.toString());
    } else {
      back(request, response);
    }
  }

  private static void cookie(HttpServletResponse response, String name, String value) {
    Cookie cookie = new Cookie(name, value);
    cookie.setPath("/");
    cookie.setHttpOnly(true);
    cookie.setMaxAge(365 * 24 * 3600);
    response.addCookie(cookie);
  }

  private static void back(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
    response.setHeader("Location", localPath(request.getParameter("return")));
  }

  /** Only a path of this server: anything else goes to the list. */
  static String localPath(String path) {
    if (path == null
        || !path.startsWith("/")
        || path.startsWith("//")
        || path.contains("\\")
        || path.chars().anyMatch(c -> c < 0x20)) {
      return "/";
    }
    return path;
  }

  private static void plain(HttpServletResponse response, int status, String text)
      throws IOException {
    response.setStatus(status);
    response.setContentType("text/plain;charset=utf-8");
    response.getWriter().println(text);
  }
}

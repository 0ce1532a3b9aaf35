package org.slaclocks.sandbox;

import java.io.IOException;
import java.util.Locale;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;

/**
 * Sets the person and language of each request from its cookies ({@value #PERSON_COOKIE}, {@value
 * #LANGUAGE_COOKIE}); an unknown or missing person is the standard one, a missing language the
 * person's own.
 */
final class ViewerFilter implements Filter {
  static final String PERSON_COOKIE = "sla-sandbox-person";
  static final String LANGUAGE_COOKIE = "sla-sandbox-language";

  private final SandboxViewers viewers;

  ViewerFilter(SandboxViewers viewers) {
    this.viewers = viewers;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest http = (HttpServletRequest) request;
    SandboxPeople people = viewers.people();
    SandboxPerson person = people.byKey(cookie(http, PERSON_COOKIE)).orElseGet(people::standard);
    Locale locale = language(cookie(http, LANGUAGE_COOKIE));
    viewers.set(new SandboxViewers.Current(person, locale != null ? locale : person.locale()));
    try {
      chain.doFilter(request, response);
    } finally {
      viewers.clear();
    }
  }

  /** The languages the views are written in; anything else is ignored. */
  static Locale language(String tag) {
    if ("en".equals(tag)) {
      return Locale.ENGLISH;
    }
    if ("nl".equals(tag)) {
      return SandboxPeople.DUTCH;
    }
    return null;
  }

  private static String cookie(HttpServletRequest request, String name) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return null;
    }
    for (Cookie c : cookies) {
      if (c.getName().equals(name)) {
        return c.getValue();
      }
    }
    return null;
  }
}

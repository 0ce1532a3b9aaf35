package org.slaclocks.sandbox;

import java.util.Locale;
import org.slaclocks.web.host.Viewer;
import org.slaclocks.web.host.Viewers;

/**
 * Host port: the person of the current request, chosen in the page header and kept in a cookie;
 * {@link ViewerFilter} sets it for each request (pages and REST alike run on the request's thread).
 */
public final class SandboxViewers implements Viewers {
  /** The chosen person and language of one request. */
  public record Current(SandboxPerson person, Locale locale) {
    public Viewer viewer() {
      return person.viewer(locale);
    }
  }

  private final SandboxPeople people;
  private final ThreadLocal<Current> current = new ThreadLocal<>();

  public SandboxViewers(SandboxPeople people) {
    this.people = people;
  }

  @Override
  public Viewer current() {
    return currentPerson().viewer();
  }

  /** The person of this request, the standard one outside a request. */
  public Current currentPerson() {
    Current c = current.get();
    if (c != null) {
      return c;
    }
    SandboxPerson person = people.standard();
    return new Current(person, person.locale());
  }

  void set(Current c) {
    current.set(c);
  }

  void clear() {
    current.remove();
  }

  public SandboxPeople people() {
    return people;
  }
}

package org.slaclocks.validation;

import java.util.ArrayList;
import java.util.List;

/** Collects problems while an input is read, then fails with all of them at once. */
public final class Problems {
  private final List<Problem> found = new ArrayList<>();

  public void add(String path, String message) {
    found.add(new Problem(path, message));
  }

  public void addAll(String prefix, List<Problem> problems) {
    for (Problem problem : problems) {
      found.add(problem.under(prefix));
    }
  }

  public boolean isEmpty() {
    return found.isEmpty();
  }

  public List<Problem> list() {
    return List.copyOf(found);
  }

  /** Throws a {@link ValidationException} naming {@code what} if any problem was found. */
  public void throwIfAny(String what) {
    if (!found.isEmpty()) {
      throw new ValidationException(what, found);
    }
  }
}

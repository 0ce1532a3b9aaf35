// Source: turgaycelik/mysource@44f29e3 (Jira 6.3.15)
// jira-api/src/main/java/com/atlassian/jira/util/MessageSetImpl.java (public class, public
// no-argument constructor). A
// working body here so that tests can read what the app adds; Jira supplies the real class.
package com.atlassian.jira.util;

import java.util.LinkedHashSet;
import java.util.Set;

/** Jira's plain message set. */
public class MessageSetImpl implements MessageSet {
  private final Set<String> errors = new LinkedHashSet<>();

  public MessageSetImpl() {}

  @Override
  public Set<String> getErrorMessages() {
    return Set.copyOf(errors);
  }

  @Override
  public boolean hasAnyErrors() {
    return !errors.isEmpty();
  }

  @Override
  public void addErrorMessage(String errorMessage) {
    errors.add(errorMessage);
  }
}

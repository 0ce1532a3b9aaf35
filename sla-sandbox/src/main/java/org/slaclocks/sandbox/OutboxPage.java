package org.slaclocks.sandbox;

import java.util.List;

/**
 * The outbox page ({@code $outbox}): the mails a person may read, newest first, or one mail ({@code
 * selected}) with its HTML (shown in a sandboxed frame: no script of a mail runs) and text.
 *
 * @param allowed whether the person may read the outbox (administrators and agents)
 */
public record OutboxPage(boolean allowed, List<Row> rows, Opened selected) {
  public OutboxPage {
    rows = List.copyOf(rows);
  }

  /** A mail in the list. */
  public record Row(
      long id, String sentText, String sentIso, String to, String subject, String issueKey) {
    public String href() {
      return "/outbox/" + id;
    }
  }

  /** A mail opened: {@code html} is printed escaped into the frame's {@code srcdoc}. */
  public record Opened(Row row, String text, String html) {}

  public boolean hasRows() {
    return !rows.isEmpty();
  }

  public boolean hasSelected() {
    return selected != null;
  }
}

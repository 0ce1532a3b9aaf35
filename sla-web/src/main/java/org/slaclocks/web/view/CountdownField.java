package org.slaclocks.web.view;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A countdown field as a host that renders it cell by cell hands it to the templates (Jira gives a
 * custom field type the same context for the issue view, the navigator column and the XML export):
 * the issue view and the export ask for the {@link #countdown()}, computed once on demand; the
 * navigator column asks only for the {@link #placeholder()}, which reads no clock, so a page of
 * rows costs one batched request ({@code GET countdowns}) instead of a read per cell.
 */
public final class CountdownField {
  private final Supplier<CountdownView> countdown;
  private final Supplier<CountdownPlaceholder> placeholder;
  private CountdownView computed;

  public CountdownField(
      Supplier<CountdownView> countdown, Supplier<CountdownPlaceholder> placeholder) {
    this.countdown = Objects.requireNonNull(countdown, "countdown");
    this.placeholder = Objects.requireNonNull(placeholder, "placeholder");
  }

  /** The countdown at now, derived from the stored clocks on the first call. */
  public CountdownView countdown() {
    if (computed == null) {
      computed = countdown.get();
    }
    return computed;
  }

  /** The navigator cell before its value arrives; reads no clock. */
  public CountdownPlaceholder placeholder() {
    return placeholder.get();
  }
}

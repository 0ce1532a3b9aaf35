package org.slaclocks.web.view;

import java.util.Objects;

/**
 * A navigator cell before its value arrives: the script collects every placeholder of the page and
 * fetches all cells in one request ({@code GET countdowns}), which renders the same template with a
 * {@link CountdownView}.
 */
public record CountdownPlaceholder(long issueId, String metricId, String loadingText) {
  public CountdownPlaceholder {
    Objects.requireNonNull(metricId, "metricId");
    Objects.requireNonNull(loadingText, "loadingText");
  }
}

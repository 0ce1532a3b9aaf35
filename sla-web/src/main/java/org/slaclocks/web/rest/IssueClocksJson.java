package org.slaclocks.web.rest;

import java.util.List;

/**
 * The clocks of one issue at {@code now} (epoch millis), in its policy's order; {@code message}
 * says why there are none (no policy applies, or they cannot be read), else null.
 */
public record IssueClocksJson(
    long issueId, String issueKey, long now, List<ClockJson> clocks, String message) {}

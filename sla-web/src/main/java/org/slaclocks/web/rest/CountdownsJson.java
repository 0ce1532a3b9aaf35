package org.slaclocks.web.rest;

import java.util.Map;

/**
 * The cells of a page of issues at {@code now} (epoch millis): by issue id, then by metric id.
 * Issues the caller may not browse (or that do not exist) are absent.
 */
public record CountdownsJson(long now, Map<String, Map<String, CountdownCellJson>> issues) {}

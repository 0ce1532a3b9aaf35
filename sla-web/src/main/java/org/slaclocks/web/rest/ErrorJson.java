package org.slaclocks.web.rest;

/** Every error answer's body: {@code {"message": "..."}} in the caller's language. */
public record ErrorJson(String message) {}

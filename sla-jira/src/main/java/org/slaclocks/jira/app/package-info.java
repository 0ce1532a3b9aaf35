/**
 * The app's start and stop, and the few objects that join adapters for the web layer (the reports'
 * answers from the cycle rows, the worker's backlog): the one place that knows every adapter (the
 * Spring XML builds it).
 */
package org.slaclocks.jira.app;

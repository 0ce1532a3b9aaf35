/**
 * The sandbox ({@code sla serve}): the web layer's views and REST resources served outside Jira, on
 * an embedded Jetty with Jersey, over the app's own Active Objects storage on an H2 file and the
 * issues of Jira exports stored as the live app would have stored them. Everything here is a host
 * adapter or wiring; the sandbox has no SLA logic of its own.
 */
package org.slaclocks.sandbox;

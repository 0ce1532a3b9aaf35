/**
 * The web layer, written once and served by two hosts (the Jira app and the sandbox): view models
 * built from stored clocks at "now", the templates, scripts and styles that show them, and the REST
 * resources the scripts call. It depends on the core and on {@link org.slaclocks.web.host}, never
 * on a Jira type.
 */
package org.slaclocks.web;

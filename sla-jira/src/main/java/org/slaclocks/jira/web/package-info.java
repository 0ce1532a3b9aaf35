/**
 * The web layer's host ports over Jira's services: who is viewing (user, language, time zone),
 * which issues they may browse (an unknown and a forbidden issue answer alike), and Velocity
 * rendering through Atlassian's template renderer.
 */
package org.slaclocks.jira.web;

/**
 * The SLA panel on Jira's issue view: a web panel whose context provider gives the web layer's
 * panel to viewers who may browse the issue, and nothing to anyone else.
 */
package org.slaclocks.jira.panel;

/**
 * A seeded, deterministic sample helpdesk in Jira's REST format: the bundled example that the
 * command line, the docs and the tests replay clocks on, without anybody's real data.
 */
package org.slaclocks.cli.sample;

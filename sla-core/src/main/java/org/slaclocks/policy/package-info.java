/**
 * SLA policies as administrators define them: scope, metrics with start / stop / pause conditions,
 * goal tables with internal targets and calendars, exclusions, and who counts as an agent.
 */
package org.slaclocks.policy;

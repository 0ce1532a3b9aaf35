/**
 * SLA clocks and their cycles: the arithmetic that turns a cycle's trace (start, pauses, goals,
 * stop) and exclusion windows into elapsed time, breach instants, deadlines and states.
 */
package org.slaclocks.clock;

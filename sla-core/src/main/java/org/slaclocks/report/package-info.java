/**
 * Reports over the cycles the engine computes: compliance per metric and dimension over a period,
 * the weekly trend, breaches by weekday and hour, the clocks about to breach, and a customer's
 * statement with the service credits its policy grants. Pure functions over plain values; {@code
 * now} is always a parameter.
 */
package org.slaclocks.report;

/**
 * Questions about stored clocks at a given {@code now} (breached, at risk, remaining under two
 * hours, ...), planned as ranges on the stored instants so that a store answers them from indexes,
 * never by computing a clock per row.
 */
package org.slaclocks.query;

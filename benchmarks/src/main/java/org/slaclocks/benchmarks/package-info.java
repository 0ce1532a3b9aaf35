/** Benchmarks: JMH for the engine, and {@link PersistenceAtScale} for the stored clocks. */
package org.slaclocks.benchmarks;

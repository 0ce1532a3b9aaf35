package org.slaclocks.clock;

/** Where a metric's clock stands, as JSM and every SLA product names it. */
public enum ClockState {
  /** No cycle has started (or the metric does not apply yet). */
  NOT_STARTED,
  /** A cycle is open and not paused; outside calendar hours it is still running. */
  RUNNING,
  /** A cycle is open and paused by a pause condition or an exclusion window. */
  PAUSED,
  /** The last cycle stopped at or before its breach instant. */
  MET,
  /** The last cycle stopped after its breach instant. */
  BREACHED
}

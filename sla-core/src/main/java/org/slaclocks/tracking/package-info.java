/**
 * Tracking: applies the policies to an issue's history to produce its clocks, and the ports through
 * which the app stores them and reads its configuration.
 */
package org.slaclocks.tracking;

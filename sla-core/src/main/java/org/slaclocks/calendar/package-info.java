/**
 * Business-hours calendars and their arithmetic: working time between instants and deadlines, exact
 * to the nanosecond across DST changes, holidays and overnight shifts.
 */
package org.slaclocks.calendar;

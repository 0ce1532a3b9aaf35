/**
 * The public file formats that administrators write and the app imports and exports: JSON
 * (calendars, policies) and iCalendar holiday feeds. The only core package that knows JSON or
 * iCalendar.
 */
package org.slaclocks.format;

/**
 * The public JSON file formats (calendars, policies) that administrators write and the app imports
 * and exports. The only core package that knows JSON.
 */
package org.slaclocks.format;

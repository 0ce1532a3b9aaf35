/**
 * An issue's history as the clock engine reads it: creation, change groups of field changes,
 * comments, moves and deletion. Built from Jira's change history in the app and from REST exports
 * offline.
 */
package org.slaclocks.history;

/**
 * An issue's history as the clock engine reads it (creation, change groups of field changes,
 * comments, moves, deletion), and the one mapping into it from what Jira records: both the app and
 * the offline import translate their own types into an {@link org.slaclocks.history.IssueRecord} of
 * neutral {@link org.slaclocks.history.ChangeItem}s, and {@link
 * org.slaclocks.history.IssueRecord#toHistory} alone decides what they mean.
 *
 * <p>Values are the names people and policies use ("Waiting for customer", "High"), except users,
 * which are user ids. Statuses, priorities, resolutions and issue types are matched by Jira id
 * where the record has one, and every id is read under the name it has now (the current
 * field, else the newest name the history gives that id): renaming a status in Jira does not split
 * the history, and a policy names statuses by their current names.
 */
package org.slaclocks.history;

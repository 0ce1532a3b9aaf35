/**
 * The countdown custom field type: a calculated field, one per metric (the field's name names the
 * metric), whose value is the current cycle's stored breach instant, so Jira's date-time searcher
 * sorts and searches by it; the views come from the web layer.
 */
package org.slaclocks.jira.field;

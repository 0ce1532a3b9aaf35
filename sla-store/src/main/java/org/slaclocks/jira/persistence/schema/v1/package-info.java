/**
 * The Active Objects entities exactly as model version 1 released them: what the upgrade tests
 * build a version 1 database from.
 */
package org.slaclocks.jira.persistence.schema.v1;

/**
 * The Active Objects entities exactly as model version 5 released them: what the upgrade tasks
 * migrate (never the live entities, which change with later versions) and what the upgrade tests
 * build older databases from.
 */
package org.slaclocks.jira.persistence.schema.v5;

/**
 * The Active Objects entities model version 6 changed or added, exactly as it released them (the
 * other tables are as {@code schema.v5} has them): what the upgrade tasks migrate (never the live
 * entities, which change with later versions) and what the upgrade tests build older databases
 * from.
 */
package org.slaclocks.jira.persistence.schema.v6;

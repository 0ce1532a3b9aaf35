/**
 * The Active Objects entities exactly as model version 1 released them, so that the upgrade from a
 * version 1 database stays tested; a later model version freezes its own copy beside this one.
 */
package org.slaclocks.jira.persistence.schema.v1;

/**
 * The core's storage ports on Active Objects: entities ({@code Ao*}, short explicit table names),
 * the repositories that implement {@code org.slaclocks.tracking}'s ports, and the schema's upgrade
 * tasks (docs/persistence.md).
 */
package org.slaclocks.jira.persistence;

/**
 * The small ports a host supplies to the web layer: who is viewing, which issues they may browse,
 * and how templates are rendered. Jira's adapters and the sandbox's implement them.
 */
package org.slaclocks.web.host;

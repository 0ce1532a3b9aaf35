/**
 * The SLA configuration as separately versioned documents (a calendar, a policy, the policies'
 * order, the agents, the offline settings), so that editing one does not conflict with editing
 * another, and the policy file ({@code docs/policy-format.md}) they assemble into, which is what is
 * validated, imported and exported. Plain Java: the stores and the REST resources use it.
 */
package org.slaclocks.config;

/**
 * The REST resources the scripts call (JAX-RS 2.1, JSON through the host's Jackson 2), mounted by
 * both hosts under {@code /rest/sla/1.0}. An issue the caller may not browse answers exactly as one
 * that does not exist; every answer says {@code Cache-Control: no-store}.
 */
package org.slaclocks.web.rest;

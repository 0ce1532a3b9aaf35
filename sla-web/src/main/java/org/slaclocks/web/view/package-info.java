/**
 * View models: what the templates, the REST resources and the browser show of an issue's clocks,
 * derived from the stored facts at the host clock's now and already written in the viewer's
 * language and time zone. Records with public accessors, the only methods templates call.
 */
package org.slaclocks.web.view;

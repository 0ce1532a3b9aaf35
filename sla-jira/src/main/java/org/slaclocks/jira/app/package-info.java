/** The app's start and stop: the one place that knows every adapter (the Spring XML builds it). */
package org.slaclocks.jira.app;

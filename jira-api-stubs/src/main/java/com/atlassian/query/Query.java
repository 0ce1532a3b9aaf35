// Source: https://docs.atlassian.com/jira/latest/com/atlassian/query/Query.html (interface)
package com.atlassian.query;

/** A parsed JQL query. */
public interface Query {}

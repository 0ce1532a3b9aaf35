// Source: turgaycelik/mysource@44f29e3 (Jira 6.3.15) jira-api/.../util/json/JSONObject.java:93,257
// (public class; public JSONObject(Map<String, Object>)): the value type of comment properties
// (CommentManager.create). Only Jira <= 8 sources: docs/jira-api-references.md.
package com.atlassian.jira.util.json;

import java.util.Map;

/** Jira's JSON object (comment and entity property values). */
public class JSONObject {
  public JSONObject(Map<String, Object> map) {
    throw new UnsupportedOperationException("stub");
  }
}

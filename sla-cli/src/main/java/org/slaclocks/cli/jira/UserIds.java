package org.slaclocks.cli.jira;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;

/**
 * The user ids of one issue's users, by every handle Jira uses for them. Change items of {@code
 * assignee} and {@code reporter} name users by key (Data Center) or account id (Cloud), while user
 * objects are read by name first; this maps the item's handle to the id the rest of the history
 * uses, for every user the issue shows somewhere.
 */
final class UserIds {
  private final Map<String, String> idByHandle = new HashMap<>();

  /** Collects the users of the issue's fields, histories and comments. */
  static UserIds of(JsonNode issue) {
    UserIds ids = new UserIds();
    JsonNode fields = issue.path("fields");
    for (String field : new String[] {"assignee", "reporter", "creator"}) {
      ids.add(fields.get(field));
    }
    for (JsonNode history : issue.path("changelog").path("histories")) {
      ids.add(history.get("author"));
    }
    for (JsonNode comment : fields.path("comment").path("comments")) {
      ids.add(comment.get("author"));
      ids.add(comment.get("updateAuthor"));
    }
    return ids;
  }

  private void add(JsonNode user) {
    String id = JiraValues.userId(user);
    if (id == null) {
      return;
    }
    for (String member : new String[] {"key", "accountId"}) {
      String handle = JiraValues.text(user, member);
      if (handle != null && !handle.equals(id)) {
        idByHandle.putIfAbsent(handle, id);
      }
    }
  }

  /** The user id for a handle from a change item; the handle itself when no user shows it. */
  String resolve(String handle) {
    return handle == null ? null : idByHandle.getOrDefault(handle, handle);
  }
}

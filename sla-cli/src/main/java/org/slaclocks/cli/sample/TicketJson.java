package org.slaclocks.cli.sample;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.slaclocks.cli.sample.Helpdesk.Named;
import org.slaclocks.cli.sample.Helpdesk.Person;

/**
 * A simulated ticket as Jira's REST API returns it with {@code expand=changelog}: fields as they
 * are at the end of the sample, comments, and the changelog. History and comment ids come from
 * counters shared by all tickets, in key order, as Jira's sequences would give them.
 */
final class TicketJson {
  /** Jira's own timestamp format, always in UTC here: {@code 2026-01-05T09:12:00.000+0000}. */
  static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ", Locale.ROOT)
          .withZone(ZoneOffset.UTC);

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private final SampleProject project;
  private int nextHistoryId;
  private int nextCommentId;

  TicketJson(SampleProject project) {
    this.project = project;
    this.nextHistoryId = 20000 + project.idOffset();
    this.nextCommentId = 50000 + project.idOffset();
  }

  ObjectNode write(Ticket ticket) {
    ObjectNode issue = JSON.objectNode();
    issue.put("id", String.valueOf(10000 + project.idOffset() + ticket.number));
    issue.put("key", ticket.key());
    ObjectNode fields = issue.putObject("fields");
    fields.put("summary", ticket.summary);
    fields.set("issuetype", named(ticket.type));
    ObjectNode projectNode = fields.putObject("project");
    projectNode.put("id", project.id());
    projectNode.put("key", project.key());
    projectNode.put("name", project.name());
    ObjectNode status = named(ticket.status);
    status
        .putObject("statusCategory")
        .put("key", Helpdesk.STATUSES.get(ticket.status.name()).name());
    fields.set("status", status);
    fields.set("priority", ticket.priority == null ? JSON.nullNode() : named(ticket.priority));
    fields.set(
        "resolution", ticket.resolution == null ? JSON.nullNode() : named(ticket.resolution));
    putTime(fields, "resolutiondate", ticket.resolvedAt);
    fields.set("creator", user(ticket.reporter));
    fields.set("reporter", user(ticket.reporter));
    fields.set("assignee", ticket.assignee == null ? JSON.nullNode() : user(ticket.assignee));
    ArrayNode labels = fields.putArray("labels");
    ticket.labels.forEach(labels::add);
    fields.putArray("components").add(named(ticket.component.named()));
    fields.putArray("fixVersions");
    fields.set(Helpdesk.REGION_FIELD, option(ticket.region.optionId, ticket.region.value));
    Named organization = Helpdesk.organization(ticket.reporter.organization());
    fields.set(Helpdesk.ORGANIZATION_FIELD, option(organization.id(), organization.name()));
    putTime(fields, "created", ticket.created);
    putTime(fields, "updated", ticket.updated());
    fields.set("comment", comments(ticket));
    issue.set("changelog", changelog(ticket));
    return issue;
  }

  private ObjectNode comments(Ticket ticket) {
    ArrayNode list = JSON.arrayNode();
    for (Ticket.Event event : ticket.events) {
      if (event instanceof Ticket.Comment comment) {
        ObjectNode node = list.addObject();
        node.put("id", String.valueOf(nextCommentId++));
        node.set("author", user(comment.author()));
        node.put("body", comment.body());
        putTime(node, "created", comment.at());
        putTime(node, "updated", comment.at());
        if (comment.internal()) {
          ObjectNode visibility = node.putObject("visibility");
          visibility.put("type", "role");
          visibility.put("value", Helpdesk.INTERNAL_ROLE);
        }
      }
    }
    return page("comments", list);
  }

  private ObjectNode changelog(Ticket ticket) {
    ArrayNode histories = JSON.arrayNode();
    for (Ticket.Event event : ticket.events) {
      if (event instanceof Ticket.Change change) {
        ObjectNode node = histories.addObject();
        node.put("id", String.valueOf(nextHistoryId++));
        node.set("author", user(change.author()));
        putTime(node, "created", change.at());
        ArrayNode items = node.putArray("items");
        for (Ticket.Item item : change.items()) {
          ObjectNode i = items.addObject();
          i.put("field", item.field());
          i.put("fieldtype", item.custom() ? "custom" : "jira");
          i.put("from", item.from());
          i.put("fromString", item.fromText());
          i.put("to", item.to());
          i.put("toString", item.toText());
        }
      }
    }
    return page("histories", histories);
  }

  /** Jira pages comments and histories; the sample always holds all of them. */
  private static ObjectNode page(String member, ArrayNode values) {
    ObjectNode node = JSON.objectNode();
    node.put("startAt", 0);
    node.put("maxResults", values.size());
    node.put("total", values.size());
    node.set(member, values);
    return node;
  }

  private static ObjectNode named(Named named) {
    ObjectNode node = JSON.objectNode();
    node.put("id", named.id());
    node.put("name", named.name());
    return node;
  }

  private static ObjectNode option(String id, String value) {
    ObjectNode node = JSON.objectNode();
    node.put("id", id);
    node.put("value", value);
    return node;
  }

  private static ObjectNode user(Person person) {
    ObjectNode node = JSON.objectNode();
    node.put("name", person.name());
    node.put("key", person.name());
    node.put("displayName", person.displayName());
    return node;
  }

  private static void putTime(ObjectNode node, String member, Instant instant) {
    if (instant == null) {
      node.putNull(member);
    } else {
      node.put(member, TIMESTAMP.format(instant));
    }
  }
}

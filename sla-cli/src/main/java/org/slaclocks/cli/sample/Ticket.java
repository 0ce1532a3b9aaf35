package org.slaclocks.cli.sample;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slaclocks.cli.sample.Helpdesk.Named;
import org.slaclocks.cli.sample.Helpdesk.Person;

/**
 * One issue of the sample while it is simulated: its fields now and everything that happened to it,
 * in order. Each change method updates the field and returns the change item Jira would record.
 */
final class Ticket {
  /**
   * A changelog item, as Jira writes it: ids in from/to, display values in the texts (Jira's
   * fromString, toString).
   */
  record Item(
      String field, boolean custom, String from, String fromText, String to, String toText) {}

  /** Something that happened at one instant: a change group or a comment. */
  sealed interface Event {
    Instant at();

    Person author();
  }

  record Change(Instant at, Person author, List<Item> items) implements Event {}

  record Comment(Instant at, Person author, String body, boolean internal) implements Event {}

  final SampleProject project;
  final int number;
  final Instant created;
  final Person reporter;
  final Named type;
  final Helpdesk.Component component;
  final String summary;
  final List<String> labels;
  Region region;
  Named priority;
  Named status = Helpdesk.status(Helpdesk.OPEN);
  Named resolution;
  Instant resolvedAt;
  Person assignee;
  final List<Event> events = new ArrayList<>();

  Ticket(
      SampleProject project,
      int number,
      Instant created,
      Person reporter,
      Named type,
      Helpdesk.Component component,
      String summary,
      List<String> labels,
      Named priority) {
    this.project = project;
    this.number = number;
    this.created = created;
    this.reporter = reporter;
    this.type = type;
    this.component = component;
    this.summary = summary;
    this.labels = List.copyOf(labels);
    this.region = reporter.region();
    this.priority = priority;
  }

  String key() {
    return project.key() + "-" + number;
  }

  Instant updated() {
    return events.isEmpty() ? created : events.get(events.size() - 1).at();
  }

  boolean isResolved() {
    return resolution != null;
  }

  void change(Instant at, Person author, Item... items) {
    events.add(new Change(at, author, List.of(items)));
  }

  void comment(Instant at, Person author, String body, boolean internal) {
    events.add(new Comment(at, author, body, internal));
  }

  Item status(String to) {
    Named next = Helpdesk.status(to);
    Item item = item("status", status, next);
    status = next;
    return item;
  }

  /** Sets or clears ({@code to == null}) the resolution, at {@code at}. */
  Item resolution(Named to, Instant at) {
    Item item = item("resolution", resolution, to);
    resolution = to;
    resolvedAt = to == null ? null : at;
    return item;
  }

  Item priority(Named to) {
    Item item = item("priority", priority, to);
    priority = to;
    return item;
  }

  Item assignee(Person to) {
    Item item =
        new Item(
            "assignee",
            false,
            assignee == null ? null : assignee.name(),
            assignee == null ? null : assignee.displayName(),
            to == null ? null : to.name(),
            to == null ? null : to.displayName());
    assignee = to;
    return item;
  }

  Item region(Region to) {
    Item item =
        new Item(Helpdesk.REGION_NAME, true, region.optionId, region.value, to.optionId, to.value);
    region = to;
    return item;
  }

  private static Item item(String field, Named from, Named to) {
    return new Item(
        field,
        false,
        from == null ? null : from.id(),
        from == null ? null : from.name(),
        to == null ? null : to.id(),
        to == null ? null : to.name());
  }
}

package org.slaclocks.cli.sample;

import java.util.List;
import java.util.Map;

/**
 * Who and what the sample helpdesk has: project HELP, its people, workflow, priorities and the two
 * custom fields an SLA policy scopes on (Region, Organization). Jira ids are fixed so that the
 * output never changes for a seed.
 */
final class Helpdesk {
  static final String REGION_FIELD = "customfield_10100";
  static final String REGION_NAME = "Region";
  static final String ORGANIZATION_FIELD = "customfield_10200";
  static final String ORGANIZATION_NAME = "Organization";
  static final String INTERNAL_ROLE = "Service Desk Team";

  /** A person of the sample: a customer (with an organization) or staff (without). */
  record Person(String name, String displayName, Region region, String organization) {
    boolean isCustomer() {
      return organization != null;
    }
  }

  /** A named Jira value with its id: a status, priority, resolution, issue type or option. */
  record Named(String id, String name) {}

  static final Person ANNA = new Person("agent.anna", "Anna Jansen", Region.EMEA, null);
  static final Person BART = new Person("agent.bart", "Bart Peeters", Region.EMEA, null);
  static final Person CHEN = new Person("agent.chen", "Chen Li", Region.AMERICAS, null);
  static final Person DORA = new Person("agent.dora", "Dora Alvarez", Region.AMERICAS, null);
  static final List<Person> AGENTS = List.of(ANNA, BART, CHEN, DORA);

  /** Engineering works European office hours, whichever region the issue comes from. */
  static final List<Person> ENGINEERS =
      List.of(
          new Person("eng.erik", "Erik Lindqvist", Region.EMEA, null),
          new Person("eng.fay", "Fay Morgan", Region.EMEA, null));

  /** Acme Corp is the VIP; it has people in both regions. */
  static final List<Named> ORGANIZATIONS =
      List.of(
          new Named("10201", "Acme Corp"),
          new Named("10202", "Globex"),
          new Named("10203", "Initech"),
          new Named("10204", "Umbrella"));

  static final List<Person> CUSTOMERS =
      List.of(
          new Person("alice.acme", "Alice Archer", Region.EMEA, "Acme Corp"),
          new Person("kate.acme", "Kate Kowalski", Region.EMEA, "Acme Corp"),
          new Person("ivan.acme", "Ivan Ortiz", Region.AMERICAS, "Acme Corp"),
          new Person("bob.globex", "Bob Brennan", Region.AMERICAS, "Globex"),
          new Person("frank.globex", "Frank Fischer", Region.AMERICAS, "Globex"),
          new Person("carol.initech", "Carol Chu", Region.AMERICAS, "Initech"),
          new Person("heidi.initech", "Heidi Hale", Region.AMERICAS, "Initech"),
          new Person("dave.umbrella", "Dave Dekker", Region.EMEA, "Umbrella"),
          new Person("grace.umbrella", "Grace Gruber", Region.EMEA, "Umbrella"),
          new Person("judy.umbrella", "Judy Jovanovic", Region.EMEA, "Umbrella"));

  static final String OPEN = "Open";
  static final String IN_PROGRESS = "In Progress";
  static final String WAITING_FOR_CUSTOMER = "Waiting for customer";
  static final String ENGINEERING_TRIAGE = "Engineering triage";
  static final String RESOLVED = "Resolved";
  static final String CLOSED = "Closed";

  /** Status name to id and status category (new, indeterminate, done). */
  static final Map<String, Named> STATUSES =
      Map.of(
          OPEN, new Named("1", "new"),
          IN_PROGRESS, new Named("3", "indeterminate"),
          WAITING_FOR_CUSTOMER, new Named("10100", "indeterminate"),
          ENGINEERING_TRIAGE, new Named("10101", "indeterminate"),
          RESOLVED, new Named("5", "done"),
          CLOSED, new Named("6", "done"));

  /** Highest first: raising a priority moves one step towards the start. */
  static final List<Named> PRIORITIES =
      List.of(
          new Named("1", "Highest"),
          new Named("2", "High"),
          new Named("3", "Medium"),
          new Named("4", "Low"));

  static final Named DONE = new Named("10000", "Done");
  static final Named FIXED = new Named("1", "Fixed");
  static final Named WONT_DO = new Named("10001", "Won't Do");

  static final Named INCIDENT = new Named("10200", "Incident");
  static final Named SERVICE_REQUEST = new Named("10201", "Service request");
  static final Named QUESTION = new Named("10202", "Question");

  /** A component and summaries a customer would write about it. */
  record Component(Named named, List<String> summaries) {}

  /** A list, not a map: choices must not depend on a map's iteration order. */
  static final List<Component> COMPONENTS =
      List.of(
          new Component(
              new Named("10300", "Email"),
              List.of(
                  "Mail not syncing on my phone",
                  "Shared mailbox missing for the sales team",
                  "Emails to customers bounce")),
          new Component(
              new Named("10301", "VPN"),
              List.of(
                  "VPN drops every few minutes",
                  "Cannot connect to the VPN from home",
                  "VPN access for a contractor")),
          new Component(
              new Named("10302", "Laptops"),
              List.of(
                  "New laptop for a new hire",
                  "Laptop does not boot after the update",
                  "Replacement charger needed")),
          new Component(
              new Named("10303", "Accounts"),
              List.of(
                  "Cannot log in to the portal",
                  "Password reset for the finance team",
                  "Remove access for a leaver")),
          new Component(
              new Named("10304", "Billing"),
              List.of(
                  "Invoice shows the wrong amount",
                  "How do we get a copy of last month's invoice?",
                  "Change of billing address")));

  private Helpdesk() {}

  static Named status(String name) {
    return new Named(STATUSES.get(name).id(), name);
  }

  static Named priority(String name) {
    return PRIORITIES.stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
  }

  static Named organization(String name) {
    return ORGANIZATIONS.stream().filter(o -> o.name().equals(name)).findFirst().orElseThrow();
  }
}

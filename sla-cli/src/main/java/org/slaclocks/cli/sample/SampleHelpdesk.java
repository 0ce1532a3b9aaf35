package org.slaclocks.cli.sample;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.slaclocks.cli.sample.Helpdesk.Named;
import org.slaclocks.cli.sample.Helpdesk.Person;
import org.slaclocks.format.Json;

/**
 * Generates the sample helpdesk (project HELP, documented in {@code docs/sample-helpdesk.md}) as a
 * Jira REST search response with {@code expand=changelog,names}. The same seed, count and start
 * give the same bytes, on any machine and any day.
 */
public final class SampleHelpdesk {
  /** The bundled example: {@code examples/helpdesk/issues.json}. */
  public static final long DEFAULT_SEED = 42;

  public static final int DEFAULT_ISSUE_COUNT = 300;
  public static final Instant DEFAULT_FROM = Instant.parse("2026-01-05T08:00:00Z");

  /** The bundled second desk: {@code examples/helpdesk/operations.json} (project OPS). */
  public static final long OPERATIONS_SEED = 43;

  public static final int OPERATIONS_ISSUE_COUNT = 60;

  /** Issues are created during 16 weeks; the export is taken a week after the last one. */
  static final Duration CREATION_PERIOD = Duration.ofDays(16 * 7);

  static final Duration SAMPLE_LENGTH = Duration.ofDays(17 * 7);

  /** Indented with {@code \n} whatever the platform, so that the bytes never depend on it. */
  private static final ObjectWriter WRITER =
      Json.MAPPER.writer(
          new DefaultPrettyPrinter(
                  Separators.createDefaultInstance()
                      .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                      .withObjectEmptySeparator("")
                      .withArrayEmptySeparator(""))
              .withObjectIndenter(new DefaultIndenter(" ", "\n"))
              .withArrayIndenter(new DefaultIndenter(" ", "\n")));

  private SampleHelpdesk() {}

  /**
   * The sample as JSON text.
   *
   * @param seed any number; the same seed gives the same sample
   * @param issueCount how many issues, created over 16 weeks from {@code from}
   * @param from the first possible creation instant; the export is taken 17 weeks later
   */
  public static String generate(long seed, int issueCount, Instant from) {
    return generate(SampleProject.HELPDESK, seed, issueCount, from);
  }

  /** The sample of {@code project} as JSON text; see {@link #generate(long, int, Instant)}. */
  public static String generate(SampleProject project, long seed, int issueCount, Instant from) {
    StringWriter text = new StringWriter();
    try {
      write(project, seed, issueCount, from, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  /**
   * Writes the sample of {@code project} to {@code out}, one issue at a time (the bytes of {@link
   * #generate(SampleProject, long, int, Instant)}), so that a sample of any size takes no more
   * memory than its drafts. {@code out} is left open.
   */
  public static void write(
      SampleProject project, long seed, int issueCount, Instant from, Writer out)
      throws IOException {
    if (issueCount < 0) {
      throw new IllegalArgumentException("issueCount must not be negative, got " + issueCount);
    }
    SplittableRandom random = new SplittableRandom(seed);
    List<Draft> drafts = new ArrayList<>();
    for (int i = 0; i < issueCount; i++) {
      drafts.add(draft(random, from));
    }
    drafts.sort(Comparator.comparing(Draft::created));
    Instant end = from.plus(SAMPLE_LENGTH);
    TicketJson json = new TicketJson(project);
    try (JsonGenerator g = WRITER.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.writeStartObject();
      g.writeStringField("expand", "names,schema");
      g.writeNumberField("startAt", 0);
      g.writeNumberField("maxResults", issueCount);
      g.writeNumberField("total", issueCount);
      g.writeArrayFieldStart("issues");
      for (int i = 0; i < drafts.size(); i++) {
        Draft d = drafts.get(i);
        Ticket ticket =
            new Ticket(
                project,
                i + 1,
                d.created(),
                d.reporter(),
                d.type(),
                d.component(),
                d.summary(),
                d.labels(),
                d.triage() ? null : d.priority());
        TicketSimulation.simulate(ticket, random.split(), end, d.triage() ? d.priority() : null);
        g.writeTree(json.write(ticket));
      }
      g.writeEndArray();
      g.writeFieldName("names");
      g.writeTree(names());
      g.writeEndObject();
    }
    out.write('\n');
    out.flush();
  }

  /** What is decided about an issue before it lives: who reports what, and when. */
  private record Draft(
      Instant created,
      Person reporter,
      Named type,
      Helpdesk.Component component,
      String summary,
      List<String> labels,
      Named priority,
      boolean triage) {}

  private static Draft draft(SplittableRandom random, Instant from) {
    Person reporter = Helpdesk.CUSTOMERS.get(random.nextInt(Helpdesk.CUSTOMERS.size()));
    double roll = random.nextDouble();
    Named type =
        roll < 0.4 ? Helpdesk.INCIDENT : roll < 0.8 ? Helpdesk.SERVICE_REQUEST : Helpdesk.QUESTION;
    Helpdesk.Component component =
        Helpdesk.COMPONENTS.get(random.nextInt(Helpdesk.COMPONENTS.size()));
    String summary = component.summaries().get(random.nextInt(component.summaries().size()));
    List<String> labels = List.of();
    if (type.equals(Helpdesk.INCIDENT) && random.nextDouble() < 0.15) {
      labels = List.of("outage");
    } else if (component.named().name().equals("Laptops") && random.nextDouble() < 0.5) {
      labels = List.of("hardware", "onboarding");
    }
    Instant created = created(random, from, reporter.region());
    Named priority = priority(random, type);
    // Triage: a portal request without priority gets one from the agent on duty a minute later.
    boolean triage = random.nextDouble() < 0.15 && reporter.region().isOfficeHours(created);
    return new Draft(created, reporter, type, component, summary, labels, priority, triage);
  }

  /** Mostly on weekdays in the reporter's office hours; some at night or on weekends. */
  private static Instant created(SplittableRandom random, Instant from, Region region) {
    Instant day;
    int attempts = 0;
    do {
      day = from.plus(Duration.ofDays(random.nextInt((int) CREATION_PERIOD.toDays())));
    } while (region.isWeekend(day) && random.nextDouble() < 0.85 && ++attempts < 5);
    Instant created;
    if (random.nextDouble() < 0.88) {
      Instant opens = region.at(day, region.opens);
      long hours = Duration.between(opens, region.at(day, region.closes)).toSeconds();
      created = opens.plusSeconds(random.nextLong(hours));
    } else {
      created = region.at(day, LocalTime.MIDNIGHT).plusSeconds(random.nextLong(86_400));
    }
    return created.isBefore(from) ? from.plusSeconds(random.nextLong(3_600)) : created;
  }

  private static Named priority(SplittableRandom random, Named type) {
    double[] weights =
        type.equals(Helpdesk.INCIDENT)
            ? new double[] {0.1, 0.3, 0.45, 0.15}
            : type.equals(Helpdesk.SERVICE_REQUEST)
                ? new double[] {0, 0.1, 0.6, 0.3}
                : new double[] {0, 0, 0.5, 0.5};
    double roll = random.nextDouble();
    for (int i = 0; i < weights.length; i++) {
      roll -= weights[i];
      if (roll < 0) {
        return Helpdesk.PRIORITIES.get(i);
      }
    }
    return Helpdesk.PRIORITIES.get(weights.length - 1);
  }

  /** Jira's {@code names}: the display name of every field the sample has. */
  private static ObjectNode names() {
    ObjectNode names = JsonNodeFactory.instance.objectNode();
    String[][] fields = {
      {"summary", "Summary"},
      {"issuetype", "Issue Type"},
      {"project", "Project"},
      {"status", "Status"},
      {"priority", "Priority"},
      {"resolution", "Resolution"},
      {"resolutiondate", "Resolved"},
      {"creator", "Creator"},
      {"reporter", "Reporter"},
      {"assignee", "Assignee"},
      {"labels", "Labels"},
      {"components", "Component/s"},
      {"fixVersions", "Fix Version/s"},
      {"created", "Created"},
      {"updated", "Updated"},
      {"comment", "Comment"},
      {Helpdesk.REGION_FIELD, Helpdesk.REGION_NAME},
      {Helpdesk.ORGANIZATION_FIELD, Helpdesk.ORGANIZATION_NAME},
    };
    for (String[] field : fields) {
      names.put(field[0], field[1]);
    }
    return names;
  }
}

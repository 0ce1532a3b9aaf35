package org.slaclocks.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.slaclocks.calendar.BusinessCalendar;
import org.slaclocks.format.CalendarJson;
import org.slaclocks.format.Json;
import org.slaclocks.validation.ValidationException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sla calendar}: deadlines and working time in a business-hours calendar file. */
@Command(
    name = "calendar",
    mixinStandardHelpOptions = true,
    description = {
      "Business-hours calendar maths.",
      "With --batch, reads JSON Lines requests from standard input and writes one JSON line each."
    },
    subcommands = {CalendarCommand.DeadlineCommand.class, CalendarCommand.WorkingTimeCommand.class})
final class CalendarCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--batch",
      description = "Read JSON Lines requests from standard input (see the README).")
  boolean batch;

  /** Standard input, set by {@link SlaCommand#run}. */
  Reader input;

  @Override
  public Integer call() throws IOException {
    if (!batch) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "give a command (deadline, working-time) or --batch");
    }
    new Batch(spec.commandLine().getOut()).run(new BufferedReader(input));
    return 0;
  }

  @Command(
      name = "deadline",
      mixinStandardHelpOptions = true,
      description = "Prints the instant (UTC) at which DURATION of working time has passed.")
  static final class DeadlineCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(
        names = "--calendar",
        required = true,
        paramLabel = "FILE",
        description = "Calendar file (JSON, see docs/calendar-format.md).")
    Path calendar;

    @Option(
        names = "--start",
        required = true,
        paramLabel = "INSTANT",
        description = "When the working time starts counting, e.g. 2026-01-05T16:00:00+01:00.")
    String start;

    @Option(
        names = "--duration",
        required = true,
        paramLabel = "DURATION",
        description = "Working time to count, ISO-8601: PT8H, PT1H30M (P1D is 24 working hours).")
    String duration;

    @Override
    public Integer call() throws IOException {
      BusinessCalendar cal = readCalendar(calendar);
      Instant from = parse(spec, () -> Arguments.instant("--start", start));
      Duration goal = parse(spec, () -> Arguments.duration("--duration", duration));
      spec.commandLine().getOut().println(cal.deadline(from, goal));
      return 0;
    }
  }

  @Command(
      name = "working-time",
      mixinStandardHelpOptions = true,
      description = "Prints the working time between two instants, as ISO-8601 and in seconds.")
  static final class WorkingTimeCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(
        names = "--calendar",
        required = true,
        paramLabel = "FILE",
        description = "Calendar file (JSON, see docs/calendar-format.md).")
    Path calendar;

    @Option(
        names = "--from",
        required = true,
        paramLabel = "INSTANT",
        description = "Start of the span (inclusive), e.g. 2026-01-05T08:00:00Z.")
    String from;

    @Option(
        names = "--to",
        required = true,
        paramLabel = "INSTANT",
        description = "End of the span (exclusive), e.g. 2026-01-06T08:00:00Z.")
    String to;

    @Override
    public Integer call() throws IOException {
      BusinessCalendar cal = readCalendar(calendar);
      Instant start = parse(spec, () -> Arguments.instant("--from", from));
      Instant end = parse(spec, () -> Arguments.instant("--to", to));
      Duration working = cal.workingTime(start, end);
      spec.commandLine()
          .getOut()
          .println(working + " (" + Arguments.seconds(working) + " seconds)");
      return 0;
    }
  }

  /** A bad argument is a usage error (exit status 2 with the usage), not a failure. */
  private static <T> T parse(CommandLine.Model.CommandSpec spec, java.util.function.Supplier<T> p) {
    try {
      return p.get();
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  static BusinessCalendar readCalendar(Path file) throws IOException {
    String json;
    try {
      json = Files.readString(file);
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException("calendar file " + file + " does not exist");
    }
    try {
      return CalendarJson.parse(json);
    } catch (ValidationException e) {
      throw new IllegalArgumentException(file + ": " + e.getMessage());
    }
  }

  /** The JSON Lines loop: every line gets an answer, a bad line an error, and the batch goes on. */
  static final class Batch {
    private static final int CACHED_CALENDARS = 64;
    private final PrintWriter out;

    /** Requests usually repeat the same calendar; parse each distinct one once. */
    private final Map<JsonNode, BusinessCalendar> calendars =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<JsonNode, BusinessCalendar> eldest) {
            return size() > CACHED_CALENDARS;
          }
        };

    Batch(PrintWriter out) {
      this.out = out;
    }

    void run(BufferedReader in) throws IOException {
      String line;
      int number = 0;
      while ((line = in.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        ObjectNode answer = Json.MAPPER.createObjectNode();
        try {
          answer(line, answer);
        } catch (IllegalArgumentException e) {
          answer.removeAll();
          answer.put("error", "line " + number + ": " + e.getMessage());
        }
        out.println(answer.toString());
      }
      out.flush();
    }

    private void answer(String line, ObjectNode answer) {
      JsonNode request = Json.parse(line, "request");
      if (!request.isObject()) {
        throw new IllegalArgumentException("a request must be a JSON object");
      }
      JsonNode calendarNode = request.get("calendar");
      if (calendarNode == null) {
        throw new IllegalArgumentException("\"calendar\" is required");
      }
      BusinessCalendar calendar = calendars.get(calendarNode);
      if (calendar == null) {
        calendar = CalendarJson.read(calendarNode);
        calendars.put(calendarNode, calendar);
      }
      String op = text(request, "op");
      if (op == null) {
        throw new IllegalArgumentException("\"op\" is required: deadline or working-time");
      }
      switch (op) {
        case "deadline" -> {
          Instant start = Arguments.instant("start", text(request, "start"));
          Duration duration = Arguments.duration("duration", text(request, "duration"));
          answer.put("deadline", calendar.deadline(start, duration).toString());
        }
        case "working-time" -> {
          Instant from = Arguments.instant("from", text(request, "from"));
          Instant to = Arguments.instant("to", text(request, "to"));
          Duration working = calendar.workingTime(from, to);
          answer.set(
              "seconds",
              Json.MAPPER
                  .getNodeFactory()
                  .numberNode(new java.math.BigDecimal(Arguments.seconds(working))));
        }
        default ->
            throw new IllegalArgumentException(
                "unknown op '" + op + "': use deadline or working-time");
      }
    }

    private static String text(JsonNode node, String field) {
      JsonNode value = node.get(field);
      return value == null || value.isNull() ? null : value.asText();
    }
  }
}

package org.slaclocks.format;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.slaclocks.validation.Problem;
import org.slaclocks.validation.ValidationException;

/**
 * The text of an iCalendar file, checked before the parser sees it: within the size limits, UTF-8,
 * made of {@code NAME:value} lines whose {@code BEGIN}/{@code END} pairs match. The parser is
 * lenient (a file cut short still gives a calendar), so these checks are what turns a truncated or
 * foreign file into a clear problem with its line.
 */
final class IcsText {
  static final String WHAT = "iCalendar file";
  private static final Pattern CONTENT_LINE = Pattern.compile("[A-Za-z0-9-]+[;:].*");
  private static final int MAX_PROBLEMS = 10;

  private final String text;
  private final List<String> lines;
  private final List<Integer> eventLines;

  private IcsText(String text, List<String> lines, List<Integer> eventLines) {
    this.text = text;
    this.lines = lines;
    this.eventLines = eventLines;
  }

  /** The whole text, as the parser reads it. */
  String text() {
    return text;
  }

  /** Line {@code number} (1-based) as it is in the file, shortened for a message. */
  String line(int number) {
    if (number < 1 || number > lines.size()) {
      return "";
    }
    String line = lines.get(number - 1);
    return line.length() > 80 ? line.substring(0, 77) + "..." : line;
  }

  /**
   * The line of each calendar's VEVENTs' {@code BEGIN:VEVENT}, in file order: the order in which
   * the parser lists the events.
   */
  List<Integer> eventLines() {
    return eventLines;
  }

  static IcsText read(InputStream in, int maxBytes, int maxEvents) {
    byte[] bytes;
    try {
      bytes = in.readNBytes(maxBytes + 1);
    } catch (IOException e) {
      throw fail("ics", "could not be read: " + e.getMessage());
    }
    return of(bytes, maxBytes, maxEvents);
  }

  static IcsText of(byte[] bytes, int maxBytes, int maxEvents) {
    if (bytes.length > maxBytes) {
      throw fail(
          "ics",
          "the file is larger than "
              + (maxBytes / (1024 * 1024))
              + " MB; a holiday calendar is much smaller: export only the holidays, or a shorter"
              + " period");
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      throw fail("ics", "not an iCalendar file: it is not UTF-8 text (export or save it as UTF-8)");
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<String> lines = List.of(text.split("\r\n|\r|\n", -1));
    return new IcsText(text, lines, check(lines, maxEvents));
  }

  /** Checks the line structure and returns the lines of the calendars' VEVENTs. */
  private static List<Integer> check(List<String> lines, int maxEvents) {
    int first = 0;
    while (first < lines.size() && lines.get(first).isBlank()) {
      first++;
    }
    if (first == lines.size()) {
      throw fail("ics", "the file is empty");
    }
    if (!lines.get(first).trim().equalsIgnoreCase("BEGIN:VCALENDAR")) {
      throw fail(
          "ics",
          "not an iCalendar file: it must begin with BEGIN:VCALENDAR, but line "
              + (first + 1)
              + " is '"
              + shorten(lines.get(first))
              + "'");
    }
    List<Problem> problems = new ArrayList<>();
    Deque<String> open = new ArrayDeque<>();
    Deque<Integer> openedAt = new ArrayDeque<>();
    List<Integer> events = new ArrayList<>();
    for (int i = first; i < lines.size() && problems.size() < MAX_PROBLEMS; i++) {
      String line = lines.get(i);
      String where = "line " + (i + 1);
      if (line.isEmpty() || line.charAt(0) == ' ' || line.charAt(0) == '\t') {
        continue; // a blank line, or the continuation of a folded line
      }
      if (!CONTENT_LINE.matcher(line).matches()) {
        problems.add(
            new Problem(where, "not an iCalendar line NAME:value: '" + shorten(line) + "'"));
        continue;
      }
      String upper = line.toUpperCase(Locale.ROOT);
      if (upper.startsWith("BEGIN:")) {
        String component = upper.substring(6).trim();
        if (open.isEmpty() && !component.equals("VCALENDAR")) {
          problems.add(
              new Problem(
                  where, "BEGIN:" + component + " outside BEGIN:VCALENDAR ... END:VCALENDAR"));
        }
        if (component.equals("VEVENT") && "VCALENDAR".equals(open.peek())) {
          events.add(i + 1);
          if (events.size() > maxEvents) {
            throw fail(
                "ics",
                "the file has more than "
                    + String.format(Locale.ROOT, "%,d", maxEvents)
                    + " events; a holiday calendar has far fewer: export only the holidays");
          }
        }
        open.push(component);
        openedAt.push(i + 1);
      } else if (upper.startsWith("END:")) {
        String component = upper.substring(4).trim();
        if (!open.contains(component)) {
          problems.add(new Problem(where, "END:" + component + " without BEGIN:" + component));
          continue;
        }
        if (!open.peek().equals(component)) {
          problems.add(
              new Problem(
                  where,
                  "END:"
                      + component
                      + " while "
                      + open.peek()
                      + " (BEGIN:"
                      + open.peek()
                      + " at line "
                      + openedAt.peek()
                      + ") has no END:"
                      + open.peek()));
        }
        while (!open.pop().equals(component)) { // close what was left open, to go on checking
          openedAt.pop();
        }
        openedAt.pop();
      } else if (open.isEmpty()) {
        problems.add(
            new Problem(
                where, "'" + shorten(line) + "' after END:VCALENDAR, outside any calendar"));
      }
    }
    if (!open.isEmpty() && problems.size() < MAX_PROBLEMS) {
      // First: a file cut short is the one thing to fix, its partial last line follows from it.
      problems.add(
          0,
          new Problem(
              "ics",
              "the file ends inside "
                  + open.peek()
                  + " (BEGIN:"
                  + open.peek()
                  + " at line "
                  + openedAt.peek()
                  + " has no END:"
                  + open.peek()
                  + "): it was cut short; export or download it again"));
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(WHAT, problems);
    }
    return List.copyOf(events);
  }

  private static String shorten(String line) {
    String trimmed = line.strip();
    return trimmed.length() > 60 ? trimmed.substring(0, 57) + "..." : trimmed;
  }

  static ValidationException fail(String path, String message) {
    return ValidationException.of(WHAT, new Problem(path, message));
  }
}

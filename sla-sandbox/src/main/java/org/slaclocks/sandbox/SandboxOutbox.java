package org.slaclocks.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What reminders and escalations did in the sandbox, kept with its data (so it survives a restart
 * as the stored clocks do): the e-mails they sent, each to one person in that person's language,
 * and the other actions on issues (comments, priority, assignee, transition, label), which the
 * sandbox records and shows on the issue's page instead of changing the exports. Two files of one
 * JSON object a line in {@code <data>/outbox/}; appended to, never rewritten.
 */
public final class SandboxOutbox {
  /** An e-mail as it was sent: to one person, at {@code sentAt}, about {@code issueKey}. */
  public record Mail(
      long id,
      Instant sentAt,
      String issueKey,
      String marker,
      String to,
      String subject,
      String text,
      String html) {
    public Mail {
      Objects.requireNonNull(sentAt, "sentAt");
      Objects.requireNonNull(issueKey, "issueKey");
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(subject, "subject");
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(html, "html");
    }
  }

  /**
   * An action on an issue: {@code kind} is the policy file's word ({@code comment}, {@code
   * set-priority}, ...), {@code text} what was done, for people.
   */
  public record IssueAction(
      long id, Instant at, String issueKey, String marker, String kind, String text) {
    public IssueAction {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(issueKey, "issueKey");
      Objects.requireNonNull(marker, "marker");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(text, "text");
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path mailsFile;
  private final Path actionsFile;
  private final List<Mail> mails = new ArrayList<>();
  private final List<IssueAction> actions = new ArrayList<>();

  private SandboxOutbox(Path dir) {
    this.mailsFile = dir.resolve("mails.jsonl");
    this.actionsFile = dir.resolve("actions.jsonl");
  }

  /**
   * Opens the outbox of a data directory, reading what earlier runs sent.
   *
   * @throws SandboxException when the directory cannot be used or a file is not the outbox's
   */
  public static SandboxOutbox open(Path dataDirectory) {
    Path dir = dataDirectory.resolve("outbox");
    SandboxOutbox outbox = new SandboxOutbox(dir);
    try {
      Files.createDirectories(dir);
      for (JsonNode row : read(outbox.mailsFile)) {
        outbox.mails.add(
            new Mail(
                row.path("id").asLong(),
                Instant.parse(row.path("sentAt").asText()),
                row.path("issueKey").asText(),
                row.path("marker").asText(),
                row.path("to").asText(),
                row.path("subject").asText(),
                row.path("text").asText(),
                row.path("html").asText()));
      }
      for (JsonNode row : read(outbox.actionsFile)) {
        outbox.actions.add(
            new IssueAction(
                row.path("id").asLong(),
                Instant.parse(row.path("at").asText()),
                row.path("issueKey").asText(),
                row.path("marker").asText(),
                row.path("kind").asText(),
                row.path("text").asText()));
      }
    } catch (IOException | RuntimeException e) {
      throw new SandboxException(
          "cannot read the sandbox's outbox in "
              + dir
              + " ("
              + e.getMessage()
              + "); move the directory away to start with an empty outbox",
          e);
    }
    return outbox;
  }

  private static List<JsonNode> read(Path file) throws IOException {
    List<JsonNode> rows = new ArrayList<>();
    if (!Files.exists(file)) {
      return rows;
    }
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        rows.add(JSON.readTree(line));
      }
    }
    return rows;
  }

  /** Sends (keeps) a mail; returns it with its id. */
  public synchronized Mail send(
      Instant sentAt,
      String issueKey,
      String marker,
      String to,
      String subject,
      String text,
      String html) {
    Mail mail =
        new Mail(
            mails.stream().mapToLong(Mail::id).max().orElse(0) + 1,
            sentAt,
            issueKey,
            marker,
            to,
            subject,
            text,
            html);
    ObjectNode row = JSON.createObjectNode();
    row.put("id", mail.id());
    row.put("sentAt", mail.sentAt().toString());
    row.put("issueKey", mail.issueKey());
    row.put("marker", mail.marker());
    row.put("to", mail.to());
    row.put("subject", mail.subject());
    row.put("text", mail.text());
    row.put("html", mail.html());
    append(mailsFile, row);
    mails.add(mail);
    return mail;
  }

  /** Records an action on an issue; returns it with its id. */
  public synchronized IssueAction record(
      Instant at, String issueKey, String marker, String kind, String text) {
    IssueAction action =
        new IssueAction(
            actions.stream().mapToLong(IssueAction::id).max().orElse(0) + 1,
            at,
            issueKey,
            marker,
            kind,
            text);
    ObjectNode row = JSON.createObjectNode();
    row.put("id", action.id());
    row.put("at", action.at().toString());
    row.put("issueKey", action.issueKey());
    row.put("marker", action.marker());
    row.put("kind", action.kind());
    row.put("text", action.text());
    append(actionsFile, row);
    actions.add(action);
    return action;
  }

  /** Every mail, newest first. */
  public synchronized List<Mail> mails() {
    List<Mail> out = new ArrayList<>(mails);
    out.sort(Comparator.comparing(Mail::sentAt).thenComparing(Mail::id).reversed());
    return out;
  }

  public synchronized Optional<Mail> mail(long id) {
    return mails.stream().filter(m -> m.id() == id).findFirst();
  }

  /** The actions recorded on an issue, oldest first. */
  public synchronized List<IssueAction> actions(String issueKey) {
    return actions.stream().filter(a -> a.issueKey().equalsIgnoreCase(issueKey)).toList();
  }

  /** The action of firing {@code marker} of this kind and text, if it was done already. */
  public synchronized Optional<IssueAction> done(String marker, String kind, String text) {
    return actions.stream()
        .filter(a -> a.marker().equals(marker) && a.kind().equals(kind) && a.text().equals(text))
        .findFirst();
  }

  private static void append(Path file, ObjectNode row) {
    try {
      Files.writeString(
          file,
          JSON.writeValueAsString(row) + "\n",
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the sandbox's outbox " + file, e);
    }
  }
}

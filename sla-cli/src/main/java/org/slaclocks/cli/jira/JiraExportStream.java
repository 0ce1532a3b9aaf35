package org.slaclocks.cli.jira;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import org.slaclocks.format.Json;

/**
 * Reads Jira REST responses (search, single issue, Jira Agile) one issue at a time with Jackson's
 * streaming parser: memory holds the issue being read, never the file. A file may be
 * gzip-compressed ({@code .json.gz}; recognised by its first bytes, whatever its name).
 *
 * <p>Each issue goes to the {@link Listener} as it is met, in file order, before the next is read;
 * so does each failure. An issue that cannot be mapped is the caller's to report ({@link
 * ExportIssue#read()}), and the rest is read. A syntax error stops its file (JSON gives no way to
 * find where the next issue starts): the failure says where, and how many issues before it were
 * read; the next file is read.
 */
public final class JiraExportStream {
  private static final int BUFFER = 1 << 16;

  /** What the stream meets, in file order. */
  public interface Listener {
    void issue(ExportIssue issue);

    void failure(JiraExportReader.Failure failure);
  }

  private final ReaderOptions options;
  private final ReadProgress progress;
  private final Listener listener;

  private JiraExportStream(ReaderOptions options, ReadProgress progress, Listener listener) {
    this.options = Objects.requireNonNull(options, "options");
    this.progress = Objects.requireNonNull(progress, "progress");
    this.listener = Objects.requireNonNull(listener, "listener");
  }

  /** Reads the files in order, handing every issue and failure to {@code listener}. */
  public static void read(
      List<Path> files, ReaderOptions options, ReadProgress progress, Listener listener) {
    JiraExportStream stream = new JiraExportStream(options, progress, listener);
    for (Path file : files) {
      stream.readFile(file);
    }
  }

  /** Opens a file for reading, through gzip when it starts with gzip's magic bytes. */
  public static InputStream open(Path file) throws IOException {
    return open(file, ReadProgress.silent());
  }

  private static InputStream open(Path file, ReadProgress progress) throws IOException {
    InputStream raw =
        new BufferedInputStream(new Counting(Files.newInputStream(file), progress), BUFFER);
    raw.mark(2);
    int first = raw.read();
    int second = raw.read();
    raw.reset();
    return first == 0x1f && second == 0x8b ? new GZIPInputStream(raw, BUFFER) : raw;
  }

  private void readFile(Path file) {
    String source = file.toString();
    int index = 0;
    boolean inIssues = false;
    try (InputStream in = open(file, progress);
        JsonParser parser = Json.MAPPER.createParser(in)) {
      JsonToken token = parser.nextToken();
      if (token == null) {
        failure(source, "the input is empty");
        return;
      }
      if (token != JsonToken.START_OBJECT) {
        failure(source, "not a Jira response: expected a JSON object");
        return;
      }
      ObjectNode rest = Json.MAPPER.createObjectNode();
      JsonNode names = null;
      boolean hasIssues = false;
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        token = parser.nextToken();
        if (field.equals("issues") && !hasIssues) {
          hasIssues = true;
          if (token != JsonToken.START_ARRAY) {
            failure(source, "\"issues\" is not an array");
            return;
          }
          if (names == null) {
            names = namesAfterIssues(file); // Jira writes "names" after "issues"
          }
          JiraIssueMapper mapper = new JiraIssueMapper(names, options);
          inIssues = true;
          while (parser.nextToken() != JsonToken.END_ARRAY) {
            listener.issue(new ExportIssue(tree(parser), source + "#" + index, names, mapper));
            index++;
          }
          inIssues = false;
        } else {
          JsonNode value = tree(parser);
          if (field.equals("names")) {
            names = value;
          }
          rest.set(field, value);
        }
      }
      if (!hasIssues) {
        readRoot(rest, source);
      }
    } catch (JsonProcessingException e) {
      failure(source, malformed(e, inIssues, index));
    } catch (IOException e) {
      failure(
          source,
          "cannot be read: "
              + e
              + (index > 0
                  ? " (after " + index + " issues; the rest of the file is not read)"
                  : ""));
    }
  }

  /** A file without {@code "issues"}: one issue, or Jira's error, or not a Jira response. */
  private void readRoot(ObjectNode root, String source) {
    if (root.has("key") && root.has("fields")) {
      listener.issue(
          new ExportIssue(
              root, source, root.get("names"), new JiraIssueMapper(root.get("names"), options)));
    } else if (root.has("errorMessages")) {
      failure(source, "Jira answered with an error: " + root.get("errorMessages"));
    } else {
      failure(
          source,
          "not a Jira search, issue or agile response: expected \"issues\", or an issue with"
              + " \"key\" and \"fields\"");
    }
  }

  /**
   * The response's {@code names}, found by a second pass that skips everything else (tokenising
   * without building anything); null when the response has none or cannot be read.
   */
  private static JsonNode namesAfterIssues(Path file) {
    try (InputStream in = open(file);
        JsonParser parser = Json.MAPPER.createParser(in)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        parser.nextToken();
        if (field.equals("names")) {
          return tree(parser);
        }
        parser.skipChildren();
      }
    } catch (IOException e) {
      // the main pass reports what is wrong with the file
    }
    return null;
  }

  private static JsonNode tree(JsonParser parser) throws IOException {
    JsonNode node = parser.readValueAsTree();
    return node == null ? NullNode.getInstance() : node;
  }

  private static String malformed(JsonProcessingException e, boolean inIssues, int index) {
    JsonLocation at = e.getLocation();
    String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
    String issue =
        inIssues
            ? " in issue #"
                + index
                + " ("
                + index
                + (index == 1 ? " issue" : " issues")
                + " before it read; the rest of the file is not read)"
            : "";
    return "malformed JSON" + where + issue + ": " + e.getOriginalMessage();
  }

  private void failure(String subject, String reason) {
    listener.failure(new JiraExportReader.Failure(subject, reason));
  }

  /** Counts the file's bytes as they are read, for the progress line. */
  private static final class Counting extends FilterInputStream {
    private final ReadProgress progress;

    Counting(InputStream in, ReadProgress progress) {
      super(in);
      this.progress = progress;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        progress.addBytes(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        progress.addBytes(n);
      }
      return n;
    }
  }
}

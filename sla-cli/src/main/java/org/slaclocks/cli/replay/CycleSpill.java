package org.slaclocks.cli.replay;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The rendered cycles of every issue (or, for reports, their compact form), written to a temporary
 * file as they are computed and read back in key order at the end: an export's pages may come in
 * any order and hold an issue twice (the newest copy wins), so the output cannot be written as the
 * issues come, and holding it would make memory grow with the export.
 */
final class CycleSpill implements AutoCloseable {
  /** Where one text was written. */
  record Part(long offset, int length) {}

  private final Path file;
  private final OutputStream out;
  private FileChannel reading;
  private long size;

  CycleSpill() {
    try {
      file = Files.createTempFile("sla-replay-", ".cycles");
      file.toFile().deleteOnExit();
      out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary file for the cycles", e);
    }
  }

  Part write(String text) {
    return write(text.getBytes(StandardCharsets.UTF_8));
  }

  Part write(byte[] bytes) {
    if (reading != null) {
      throw new IllegalStateException("the spill is being read");
    }
    try {
      out.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the cycles to " + file, e);
    }
    Part part = new Part(size, bytes.length);
    size += bytes.length;
    return part;
  }

  String read(Part part) {
    return new String(readBytes(part), StandardCharsets.UTF_8);
  }

  byte[] readBytes(Part part) {
    try {
      if (reading == null) {
        out.close();
        reading = FileChannel.open(file, StandardOpenOption.READ);
      }
      ByteBuffer buffer = ByteBuffer.allocate(part.length());
      long at = part.offset();
      while (buffer.hasRemaining()) {
        int n = reading.read(buffer, at + buffer.position());
        if (n < 0) {
          throw new IOException("the file ended early");
        }
      }
      return buffer.array();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the cycles back from " + file, e);
    }
  }

  @Override
  public void close() {
    try {
      out.close();
      if (reading != null) {
        reading.close();
      }
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // a temporary file left behind is removed on exit
    }
  }
}

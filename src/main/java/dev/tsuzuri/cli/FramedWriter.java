package dev.tsuzuri.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * A writer that sends each line it is given as one frame, {@code "<tag> <line>\n"}, to a stream
 * shared with other framed writers: how a handed-off job's output and error lines travel back to
 * the launcher in one response (see {@link Handoff}). Lines are sent whole, as soon as they end,
 * so progress shows while a batch runs.
 */
final class FramedWriter extends Writer {
  private final OutputStream sink;
  private final char tag;
  private final StringBuilder line = new StringBuilder();

  /**
   * @param sink the shared stream; writers sharing one lock on it
   * @param tag the frame's tag: {@code o} for output, {@code e} for errors
   */
  FramedWriter(OutputStream sink, char tag) {
    super(sink);
    this.sink = sink;
    this.tag = tag;
  }

  @Override
  public void write(char[] buf, int off, int len) throws IOException {
    synchronized (lock) {
      for (int i = off; i < off + len; i++) {
        char c = buf[i];
        if (c == '\n') {
          send();
        } else if (c != '\r') {
          line.append(c);
        }
      }
    }
  }

  /** Pushes the frames sent so far; an unfinished line waits for its end (or for close). */
  @Override
  public void flush() throws IOException {
    synchronized (lock) {
      sink.flush();
    }
  }

  /** Sends the last, unfinished line too: a message without a line end is not lost. */
  @Override
  public void close() throws IOException {
    synchronized (lock) {
      if (line.length() > 0) {
        send();
      }
      sink.flush();
    }
  }

  private void send() throws IOException {
    byte[] frame = (tag + " " + line + "\n").getBytes(StandardCharsets.UTF_8);
    line.setLength(0);
    sink.write(frame);
    sink.flush();
  }
}

package dev.tsuzuri.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One job handed to a running {@code tsuzuri serve}, as the launcher sends it: an HTTP/1.1
 * {@code POST /convert} whose {@code X-Tsuzuri-Jar} header names the launcher's jar and whose
 * body is the caller's folder and the command's arguments, each ended by a NUL byte (what
 * {@code printf '%s\0'} writes, so any argument travels unchanged).
 *
 * @param jar the jar the launcher would have run ({@link Handoff#stamp})
 * @param workingDir the caller's current folder
 * @param args the arguments, {@code convert} first
 */
record HandoffRequest(String jar, Path workingDir, List<String> args) {
  /** The longest header section read. */
  static final int MAX_HEAD = 16 * 1024;
  /** The longest body read: a command line is far shorter. */
  static final int MAX_BODY = 4 * 1024 * 1024;

  /**
   * Reads a request.
   *
   * @throws IOException when it is not one (the message says why) or the stream fails
   */
  static HandoffRequest read(InputStream in) throws IOException {
    String head = head(in);
    String[] lines = head.split("\r\n");
    if (!lines[0].startsWith("POST /convert ")) {
      throw new IOException("not a convert job: " + lines[0]);
    }
    String jar = "";
    long length = -1;
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon < 0) {
        continue;
      }
      String name = lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT);
      String value = lines[i].substring(colon + 1).strip();
      if (name.equals("x-tsuzuri-jar")) {
        jar = value;
      } else if (name.equals("content-length")) {
        try {
          length = Long.parseLong(value);
        } catch (NumberFormatException e) {
          throw new IOException("bad Content-Length: " + value);
        }
      }
    }
    if (length < 0 || length > MAX_BODY) {
      throw new IOException("no or too long a body: " + length);
    }
    byte[] body = in.readNBytes((int) length);
    if (body.length != length) {
      throw new IOException("the body ended early");
    }
    List<String> fields = fields(body);
    if (fields.size() < 2 || !Path.of(fields.get(0)).isAbsolute()) {
      throw new IOException("no absolute folder and arguments in the body");
    }
    return new HandoffRequest(jar, Path.of(fields.get(0)), fields.subList(1, fields.size()));
  }

  /** The request line and headers, up to the blank line that ends them. */
  private static String head(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    byte[] end = {'\r', '\n', '\r', '\n'};
    while (matched < end.length) {
      int b = in.read();
      if (b < 0 || head.size() >= MAX_HEAD) {
        throw new IOException("the request's header section is cut short or too long");
      }
      head.write(b);
      matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
    }
    return head.toString(StandardCharsets.UTF_8);
  }

  /** The body's NUL-ended fields. */
  private static List<String> fields(byte[] body) {
    List<String> fields = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < body.length; i++) {
      if (body[i] == 0) {
        fields.add(new String(body, start, i - start, StandardCharsets.UTF_8));
        start = i + 1;
      }
    }
    return fields;
  }
}

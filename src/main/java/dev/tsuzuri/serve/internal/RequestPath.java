package dev.tsuzuri.serve.internal;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A request's path as a list of decoded segments, or nothing when it tries anything a plain
 * link never does: {@code .} or {@code ..} segments (encoded or not), encoded slashes or
 * backslashes, backslashes, encoded percent signs (double encoding), empty segments, control
 * characters, or bytes that are not UTF-8. The segments are then only compared with names the
 * server knows; they are never joined into a file path.
 */
final class RequestPath {
  private RequestPath() {}

  /**
   * The segments of a raw (still percent-encoded) path; {@code /} gives none, a trailing slash
   * is ignored.
   */
  static Optional<List<String>> segments(String rawPath) {
    if (rawPath == null || !rawPath.startsWith("/") || rawPath.length() > 4096) {
      return Optional.empty();
    }
    String lower = rawPath.toLowerCase(Locale.ROOT);
    if (lower.contains("%2f") || lower.contains("%5c") || lower.contains("%25")
        || rawPath.indexOf('\\') >= 0 || rawPath.contains("//")) {
      return Optional.empty();
    }
    String body = rawPath.substring(1);
    if (body.endsWith("/")) {
      body = body.substring(0, body.length() - 1);
    }
    List<String> segments = new ArrayList<>();
    if (body.isEmpty()) {
      return Optional.of(segments);
    }
    for (String raw : body.split("/", -1)) {
      Optional<String> s = decode(raw);
      if (s.isEmpty() || s.get().isEmpty() || s.get().equals(".") || s.get().equals("..")) {
        return Optional.empty();
      }
      for (int i = 0; i < s.get().length(); i++) {
        char c = s.get().charAt(i);
        if (c < 0x20 || c == 0x7f || c == '/' || c == '\\') {
          return Optional.empty();
        }
      }
      segments.add(s.get());
    }
    return Optional.of(segments);
  }

  /** Strict percent-decoding to UTF-8; {@code +} stays a plus, as in a path. */
  private static Optional<String> decode(String raw) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
    for (int i = 0; i < raw.length(); i += Character.charCount(raw.codePointAt(i))) {
      int c = raw.codePointAt(i);
      if (c == '%') {
        if (i + 2 >= raw.length()) {
          return Optional.empty();
        }
        int hi = Character.digit(raw.charAt(i + 1), 16);
        int lo = Character.digit(raw.charAt(i + 2), 16);
        if (hi < 0 || lo < 0) {
          return Optional.empty();
        }
        bytes.write(hi * 16 + lo);
        i += 2;
        continue;
      } else if (c < 0x80) {
        bytes.write(c);
      } else {
        byte[] b = new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8);
        bytes.write(b, 0, b.length);
      }
    }
    try {
      return Optional.of(StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray())).toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  /** A path made of segments, each percent-encoded, for a link ({@code posts/%E3%81%82}). */
  static String encode(String path) {
    StringBuilder b = new StringBuilder();
    for (byte x : path.getBytes(StandardCharsets.UTF_8)) {
      int c = x & 0xff;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || "-._~/".indexOf(c) >= 0) {
        b.append((char) c);
      } else {
        b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
      }
    }
    return b.toString();
  }
}

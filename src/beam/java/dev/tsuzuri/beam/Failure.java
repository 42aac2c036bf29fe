package dev.tsuzuri.beam;

/**
 * One line of {@code tsuzuri-failures.jsonl}: a note that could not be read, or one of its formats
 * that could not be written.
 *
 * @param input the note's path or address
 * @param format the format that failed, or null when the note itself could not be read
 * @param message the one-line message, as {@code tsuzuri convert} prints it
 */
record Failure(String input, String format, String message) {
  /** The JSON object, on one line: {@code {"input":"…","format":"pdf","message":"…"}}. */
  String toJson() {
    StringBuilder b = new StringBuilder("{\"input\":");
    string(b, input);
    b.append(",\"format\":");
    if (format == null) {
      b.append("null");
    } else {
      string(b, format);
    }
    b.append(",\"message\":");
    string(b, message);
    return b.append('}').toString();
  }

  private static void string(StringBuilder b, String s) {
    b.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x2028 || c == 0x2029) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    b.append('"');
  }
}

package dev.tsuzuri.read.internal;

import java.util.List;
import java.util.function.BiConsumer;

/**
 * Finds Hugo shortcode tags ({@code {{< … >}}}, {@code {{% … %}}}) and escaped tags
 * (<code>{{&lt;/* … *&#47;&gt;}}</code>, shown as text) on the lines {@link BlockScanner} hands
 * it, recording each as a {@link Replacement}.
 */
final class TagScanner {
  private final BodyLines lines;
  private final String body;
  private final BiConsumer<Integer, String> warn;
  private final List<Replacement> out;
  /** Where the next "{{" is, cached so a note without shortcodes is scanned once. */
  private int nextBraces = -1;

  TagScanner(BodyLines lines, BiConsumer<Integer, String> warn, List<Replacement> out) {
    this.lines = lines;
    this.body = lines.text;
    this.warn = warn;
    this.out = out;
  }

  /** Scans one line for tags; returns where the next line starts (a tag may span lines). */
  int scanLine(int pos, int eol) {
    int i = pos;
    while (true) {
      if (nextBraces < i) {
        nextBraces = body.indexOf("{{", i);
        if (nextBraces < 0) {
          nextBraces = Integer.MAX_VALUE;
        }
      }
      int at = nextBraces == Integer.MAX_VALUE ? -1 : nextBraces;
      if (at < 0 || at >= eol) {
        return eol + 1;
      }
      if (at + 2 >= body.length() || (body.charAt(at + 2) != '<' && body.charAt(at + 2) != '%')) {
        i = at + 2;
        continue;
      }
      int end = escaped(at);
      if (end > 0) {
        i = end;
      } else {
        ShortcodeTag tag = ShortcodeTag.parse(body, at);
        if (tag == null) {
          String opener = body.substring(at, at + 3);
          warn.accept(lines.lineAt(at), "shortcode opened with " + opener + " is never closed"
              + " with " + (opener.charAt(2) == '<' ? ">}}" : "%}}") + "; kept as text");
          out.add(Replacement.placeholder(at, at + 3, new Placeholder(Placeholder.Kind.LITERAL,
              null, opener, opener, lines.lineAt(at))));
          i = at + 3;
        } else {
          out.add(Replacement.tag(tag));
          i = tag.end();
        }
      }
      if (i > eol) {
        // the tag spanned lines: go on scanning the line it ended on
        int next = body.indexOf('\n', i);
        eol = next < 0 ? body.length() : next;
      }
    }
  }

  /** An escaped tag <code>{{&lt;/* … *&#47;&gt;}}</code> at {@code at}: records it and returns its end, else -1. */
  private int escaped(int at) {
    char open = body.charAt(at + 2);
    char delim = open == '<' ? '>' : '%';
    int i = at + 3;
    while (i < body.length() && body.charAt(i) == ' ') {
      i++;
    }
    if (!body.startsWith("/*", i)) {
      return -1;
    }
    int close = body.indexOf("*/", i + 2);
    if (close < 0 || close - at > ShortcodeTag.MAX_LENGTH) {
      return -1;
    }
    int j = close + 2;
    while (j < body.length() && body.charAt(j) == ' ') {
      j++;
    }
    if (!body.startsWith(delim + "}}", j)) {
      return -1;
    }
    String literal = "{{" + open + body.substring(i + 2, close) + delim + "}}";
    out.add(Replacement.placeholder(at, j + 3, new Placeholder(Placeholder.Kind.LITERAL, null,
        literal, body.substring(at, j + 3), lines.lineAt(at))));
    return j + 3;
  }
}

package dev.tsuzuri.read.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One shortcode tag as written: {@code {{< name "a" key="v" >}}}, {@code {{% name %}}}, a closing
 * {@code {{< /name >}}} or a self-closing {@code {{< name />}}}.
 *
 * @param start the index of the opening braces
 * @param end the index just after the closing braces
 */
record ShortcodeTag(int start, int end, String name, boolean closing, boolean selfClosing,
    List<String> positional, Map<String, String> named) {

  /** How far a tag may reach: Hugo tags are short, and an unclosed one must not cost quadratic time. */
  static final int MAX_LENGTH = 4096;

  /**
   * Parses the tag starting at {@code start} ({@code {{<} or {@code {{%}), or returns null when
   * it is not closed within {@link #MAX_LENGTH} characters.
   */
  static ShortcodeTag parse(String text, int start) {
    char delim = text.charAt(start + 2) == '<' ? '>' : '%';
    int limit = Math.min(text.length(), start + MAX_LENGTH);
    int i = skipSpace(text, start + 3, limit);
    boolean closing = false;
    if (i < limit && text.charAt(i) == '/') {
      closing = true;
      i = skipSpace(text, i + 1, limit);
    }
    int nameStart = i;
    while (i < limit && !Character.isWhitespace(text.charAt(i)) && !isEnd(text, i, delim)
        && !(text.charAt(i) == '/' && isEnd(text, i + 1, delim))) {
      i++;
    }
    String name = text.substring(nameStart, i);
    if (name.isEmpty()) {
      return null;
    }
    List<String> positional = new ArrayList<>();
    Map<String, String> named = new LinkedHashMap<>();
    while (true) {
      i = skipSpace(text, i, limit);
      if (i >= limit) {
        return null;
      }
      if (isEnd(text, i, delim)) {
        return new ShortcodeTag(start, i + 3, name, closing, false, positional, named);
      }
      if (text.charAt(i) == '/' && isEnd(text, i + 1, delim)) {
        return new ShortcodeTag(start, i + 4, name, closing, true, positional, named);
      }
      int[] next = new int[1];
      boolean bare = !isQuote(text.charAt(i));
      String first = value(text, i, limit, delim, next, true);
      if (first == null) {
        return null;
      }
      i = next[0];
      if (bare && !first.isEmpty() && i < limit && text.charAt(i) == '=') {
        String v = value(text, i + 1, limit, delim, next, false);
        if (v == null) {
          return null;
        }
        named.put(first, v);
        i = next[0];
      } else {
        positional.add(first);
      }
    }
  }

  private static boolean isQuote(char c) {
    return c == '"' || c == '`';
  }

  /** Reads a quoted or bare value at {@code i}; {@code next[0]} receives the index after it. */
  private static String value(String text, int i, int limit, char delim, int[] next,
      boolean stopAtEquals) {
    if (i >= limit) {
      return null;
    }
    char c = text.charAt(i);
    if (c == '"') {
      StringBuilder b = new StringBuilder();
      for (int j = i + 1; j < limit; j++) {
        char d = text.charAt(j);
        if (d == '\\' && j + 1 < limit) {
          b.append(text.charAt(++j));
        } else if (d == '"') {
          next[0] = j + 1;
          return b.toString();
        } else {
          b.append(d);
        }
      }
      return null;
    }
    if (c == '`') {
      int close = text.indexOf('`', i + 1);
      if (close < 0 || close >= limit) {
        return null;
      }
      next[0] = close + 1;
      return text.substring(i + 1, close);
    }
    int j = i;
    while (j < limit && !Character.isWhitespace(text.charAt(j)) && !isEnd(text, j, delim)
        && !(stopAtEquals && text.charAt(j) == '=')) {
      j++;
    }
    if (j == i) {
      j++; // a stray '=': take it as text so the scan always moves on
    }
    next[0] = j;
    return text.substring(i, j);
  }

  private static int skipSpace(String text, int i, int limit) {
    while (i < limit && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isEnd(String text, int i, char delim) {
    return i + 2 < text.length() && text.charAt(i) == delim && text.charAt(i + 1) == '}'
        && text.charAt(i + 2) == '}';
  }
}

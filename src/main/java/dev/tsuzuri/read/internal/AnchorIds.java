package dev.tsuzuri.read.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Makes heading ids the way Hugo and GitHub do (lower case, spaces to hyphens, punctuation
 * dropped, letters of every script kept, so {@code ## はじめに} gets {@code はじめに}), unique in
 * the document by a numeric suffix. Not thread-safe: one per document.
 */
final class AnchorIds {
  private final Set<String> used = new HashSet<>();
  /** The next suffix to try per base, so 100,000 equal headings cost linear time. */
  private final Map<String, Integer> nextSuffix = new HashMap<>();

  /** A new unique id for a heading with this text. */
  String next(String title) {
    String base = slug(title);
    String id = base;
    int n = nextSuffix.getOrDefault(base, 1);
    while (!used.add(id)) {
      id = base + "-" + n++;
    }
    nextSuffix.put(base, n);
    return id;
  }

  static String slug(String title) {
    StringBuilder b = new StringBuilder();
    String lower = title.strip().toLowerCase(Locale.ROOT);
    for (int i = 0; i < lower.length(); ) {
      int cp = lower.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetterOrDigit(cp) || cp == '_' || cp == '-'
          || Character.getType(cp) == Character.NON_SPACING_MARK) {
        b.appendCodePoint(cp);
      } else if (Character.isWhitespace(cp) || cp == '\u3000') {
        b.append('-');
      }
      if (b.length() > 200) {
        break;
      }
    }
    return b.length() == 0 ? "section" : b.toString();
  }
}

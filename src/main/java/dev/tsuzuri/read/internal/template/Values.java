package dev.tsuzuri.read.internal.template;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The values a template works with, and how Go templates test and print them. */
final class Values {
  private Values() {}

  /** HTML a template marked safe ({@code safeHTML}, {@code markdownify}, {@code .Inner}). */
  record Safe(String html) {}

  /** The page a shortcode is on: {@code .Page}. */
  record Page(String title) {}

  /** The site: {@code .Site}. */
  record Site(String title, Map<String, Object> params) {}

  /** Go's truth: false, 0, nil, "" and empty lists and maps are false. */
  static boolean truth(Object v) {
    if (v == null) {
      return false;
    }
    if (v instanceof Boolean b) {
      return b;
    }
    if (v instanceof String s) {
      return !s.isEmpty();
    }
    if (v instanceof Safe s) {
      return !s.html().isEmpty();
    }
    if (v instanceof Long l) {
      return l != 0;
    }
    if (v instanceof Double d) {
      return d != 0;
    }
    if (v instanceof Collection<?> c) {
      return !c.isEmpty();
    }
    if (v instanceof Map<?, ?> m) {
      return !m.isEmpty();
    }
    return true;
  }

  /** A value as Go's {@code %v} prints it. */
  static String text(Object v) {
    if (v == null) {
      return "";
    }
    if (v instanceof Safe s) {
      return s.html();
    }
    if (v instanceof Double d) {
      return d == Math.rint(d) && !d.isInfinite() ? String.valueOf(d.longValue())
          : String.valueOf(d);
    }
    if (v instanceof List<?> l) {
      StringBuilder b = new StringBuilder("[");
      for (Object o : l) {
        b.append(b.length() > 1 ? " " : "").append(text(o));
      }
      return b.append(']').toString();
    }
    if (v instanceof Map<?, ?> m) {
      StringBuilder b = new StringBuilder("map[");
      new TreeMap<>(stringKeys(m)).forEach((k, o) ->
          b.append(b.length() > 4 ? " " : "").append(k).append(':').append(text(o)));
      return b.append(']').toString();
    }
    if (v instanceof Page || v instanceof Site) {
      throw new Unsupported("printing .Page or .Site");
    }
    return String.valueOf(v);
  }

  /** A value as written into the output: safe HTML as it is, anything else escaped. */
  static String html(Object v) {
    if (v instanceof Safe s) {
      return s.html();
    }
    return escape(text(v));
  }

  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&#34;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  static Map<String, Object> stringKeys(Map<?, ?> m) {
    Map<String, Object> out = new java.util.LinkedHashMap<>();
    m.forEach((k, v) -> out.put(String.valueOf(k), v));
    return out;
  }
}

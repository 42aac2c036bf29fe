package dev.tsuzuri.read.internal;

import dev.tsuzuri.outline.Block;
import dev.tsuzuri.outline.Figure;
import dev.tsuzuri.outline.Inline;
import dev.tsuzuri.outline.RawHtml;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import com.vladsch.flexmark.util.sequence.Escaping;

/**
 * Raw {@code <img>} tags as the pictures Hugo's pages show: an inline tag becomes an {@link
 * Inline.Image}; an HTML block keeps its other markup (as {@link RawHtml}, without the tags) and
 * each of its pictures follows it as a {@link Figure}, linked when an {@code <a href>} wraps it.
 * Tags are found in one pass over the text; attribute values may be quoted either way or not at
 * all.
 */
final class RawImages {
  /** One {@code <img>} tag: its attributes and where it stands in the text. */
  record Tag(Map<String, String> attributes, int start, int end, String link) {
    String src() {
      return attributes.getOrDefault("src", "").strip();
    }
  }

  private RawImages() {}

  /** The image an inline HTML piece is, or null when it is not an {@code <img>} with a source. */
  static Inline.Image inline(String html) {
    String t = html.strip();
    List<Tag> tags = tags(t);
    if (tags.size() != 1 || tags.get(0).start() != 0 || tags.get(0).end() != t.length()
        || tags.get(0).src().isEmpty()) {
      return null;
    }
    Map<String, String> a = tags.get(0).attributes();
    return new Inline.Image(tags.get(0).src(), a.getOrDefault("alt", ""),
        a.getOrDefault("title", ""));
  }

  /**
   * An HTML block's blocks: itself when it holds no picture; else the rest of its markup, when
   * any text or other element is left, followed by a figure per picture.
   */
  static List<Block> block(String html, int line) {
    List<Tag> tags = tags(html);
    if (tags.stream().allMatch(t -> t.src().isEmpty())) {
      return List.of(new RawHtml(html, line));
    }
    StringBuilder rest = new StringBuilder();
    int at = 0;
    for (Tag t : tags) {
      rest.append(html, at, t.start());
      at = t.end();
    }
    rest.append(html, at, html.length());
    List<Block> out = new ArrayList<>();
    if (hasContent(rest)) {
      out.add(new RawHtml(rest.toString(), line));
    }
    for (Tag t : tags) {
      if (t.src().isEmpty()) {
        // a picture without a source shows nothing
        continue;
      }
      Map<String, String> a = t.attributes();
      out.add(new Figure(t.src(), a.getOrDefault("alt", ""), a.getOrDefault("title", ""),
          List.of(), t.link(), line));
    }
    return out;
  }

  /** True when markup holds text or elements other than links, line breaks and plain wrappers. */
  private static boolean hasContent(CharSequence html) {
    String s = html.toString().replaceAll("(?i)</?(a|p|div|span|center|br|figure)\\b[^<>]*>", "")
        .replaceAll("(?i)&nbsp;", " ");
    return !s.isBlank();
  }

  /** Every {@code <img>} tag, in order, with the {@code href} of an open {@code <a>} around it. */
  static List<Tag> tags(String html) {
    List<Tag> out = new ArrayList<>();
    String link = "";
    int n = html.length();
    int i = html.indexOf('<');
    while (i >= 0 && i + 1 < n) {
      int nameEnd = i + 1;
      boolean closing = html.charAt(nameEnd) == '/';
      if (closing) {
        nameEnd++;
      }
      int nameStart = nameEnd;
      while (nameEnd < n && Character.isLetterOrDigit(html.charAt(nameEnd))) {
        nameEnd++;
      }
      if (nameEnd == nameStart) {
        i = html.indexOf('<', i + 1);
        continue;
      }
      String name = html.substring(nameStart, nameEnd).toLowerCase(Locale.ROOT);
      Map<String, String> attrs = new LinkedHashMap<>();
      int end = attributes(html, nameEnd, attrs);
      if (name.equals("a")) {
        link = closing ? "" : attrs.getOrDefault("href", "").strip();
      } else if (name.equals("img") && !closing) {
        out.add(new Tag(attrs, i, end, link));
      }
      i = html.indexOf('<', Math.max(end, i + 1));
    }
    return out;
  }

  /** Reads attributes from {@code from} to the tag's {@code >}; returns the index after it. */
  private static int attributes(String s, int from, Map<String, String> into) {
    int n = s.length();
    int i = from;
    while (i < n) {
      char c = s.charAt(i);
      if (c == '>') {
        return i + 1;
      }
      if (c == '<') {
        return i;
      }
      if (Character.isWhitespace(c) || c == '/') {
        i++;
        continue;
      }
      int ks = i;
      while (i < n && !Character.isWhitespace(s.charAt(i)) && "=>/<".indexOf(s.charAt(i)) < 0) {
        i++;
      }
      String key = s.substring(ks, i).toLowerCase(Locale.ROOT);
      while (i < n && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
      String value = "";
      if (i < n && s.charAt(i) == '=') {
        i++;
        while (i < n && Character.isWhitespace(s.charAt(i))) {
          i++;
        }
        if (i < n && (s.charAt(i) == '"' || s.charAt(i) == '\'')) {
          char q = s.charAt(i);
          int close = s.indexOf(q, i + 1);
          int stop = close < 0 ? n : close;
          value = s.substring(i + 1, stop);
          i = close < 0 ? n : close + 1;
        } else {
          int vs = i;
          while (i < n && !Character.isWhitespace(s.charAt(i)) && s.charAt(i) != '>') {
            i++;
          }
          value = s.substring(vs, i);
        }
      }
      into.putIfAbsent(key, value.indexOf('&') < 0 ? value : Escaping.unescapeHtml(value));
    }
    return n;
  }
}

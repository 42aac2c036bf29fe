package dev.tsuzuri.read.internal.html;

import java.util.Locale;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * The state of reading one fragment of HTML: where it sits in the note, how deep the conversion
 * has gone, and where warnings go.
 */
final class Reading {
  /**
   * Elements nested deeper than this are read as their plain text: no note needs more, and the
   * writers walk the outline recursively.
   */
  static final int MAX_DEPTH = 40;

  final HtmlContext ctx;
  private final int firstLine;
  private boolean deepWarned;

  Reading(HtmlContext ctx, int firstLine) {
    this.ctx = ctx;
    this.firstLine = firstLine;
  }

  /** The note line a node starts on. */
  int line(Node n) {
    if (n == null || !n.sourceRange().isTracked()) {
      return firstLine;
    }
    return Math.max(firstLine, firstLine + n.sourceRange().start().lineNumber() - 1);
  }

  /** Reports, once per fragment, content nested past {@link #MAX_DEPTH}. */
  void tooDeep(Node n) {
    if (!deepWarned) {
      deepWarned = true;
      ctx.warn(line(n), "HTML nested more than " + MAX_DEPTH
          + " elements deep; the inner part is kept as plain text");
    }
  }

  /** Reports event-handler attributes ({@code onclick} …), which are never kept. */
  void checkHandlers(Element e) {
    if (e.attributesSize() == 0) {
      return;
    }
    for (Attribute a : e.attributes()) {
      if (a.getKey().regionMatches(true, 0, "on", 0, 2) && a.getKey().length() > 2) {
        ctx.dropped(line(e), "event handler " + a.getKey());
        return;
      }
    }
  }

  /**
   * The address of a link or picture as written, or "" (with the drop reported) when it would
   * run code: {@code javascript:}, {@code vbscript:}, a {@code data:} that is not an image.
   */
  String address(Element e, String attribute) {
    String url = e.attr(attribute).strip();
    // the scheme as a browser reads it: case and control characters or spaces inside ignored
    StringBuilder scheme = new StringBuilder();
    for (int i = 0; i < url.length() && scheme.length() < 16; i++) {
      char c = url.charAt(i);
      if (c > ' ') {
        scheme.append(Character.toLowerCase(c));
      }
    }
    String lower = scheme.toString();
    if (lower.startsWith("javascript:") || lower.startsWith("vbscript:")
        || (lower.startsWith("data:") && !lower.startsWith("data:image/"))) {
      ctx.dropped(line(e), "a " + lower.substring(0, lower.indexOf(':')) + ": address");
      return "";
    }
    return url;
  }
}

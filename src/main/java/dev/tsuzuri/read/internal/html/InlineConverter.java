package dev.tsuzuri.read.internal.html;

import dev.tsuzuri.outline.Inline;
import dev.tsuzuri.read.internal.text.Cjk;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Reads HTML nodes into the inlines of one paragraph (or heading, cell, caption): marks, links,
 * pictures, breaks. White space collapses as a browser collapses it, except that a line break
 * between two Japanese characters joins them, as in the Markdown around it. Block elements met
 * here (a list inside a table cell) become lines of text separated by breaks.
 */
final class InlineConverter {
  private final Reading r;
  private final List<Inline> out = new ArrayList<>();
  /** True when what was emitted last ends in white space (or nothing was emitted yet). */
  private boolean space = true;
  /** The last character emitted, or -1. */
  private int last = -1;
  private boolean emitted;
  private boolean lastWasBreak;
  private boolean tableWarned;

  InlineConverter(Reading r) {
    this.r = r;
  }

  /** Adds a node and what it holds, at a depth of nesting. */
  void node(Node n, int depth) {
    node(n, out, depth);
  }

  /** Adds the children of an element. */
  void children(Element e, int depth) {
    for (Node c : e.childNodes()) {
      node(c, out, depth + 1);
    }
  }

  /** True when nothing visible has been added. */
  boolean isEmpty() {
    return !emitted;
  }

  /** The inlines gathered, without trailing white space or breaks. */
  List<Inline> finish() {
    List<Inline> result = merged(out);
    while (!result.isEmpty()) {
      Inline tail = result.get(result.size() - 1);
      if (tail instanceof Inline.LineBreak) {
        result.remove(result.size() - 1);
      } else if (tail instanceof Inline.Text t) {
        String s = stripTrailing(t.text());
        if (s.isEmpty()) {
          result.remove(result.size() - 1);
        } else {
          result.set(result.size() - 1, new Inline.Text(s));
          break;
        }
      } else {
        break;
      }
    }
    return result;
  }

  private static String stripTrailing(String s) {
    int end = s.length();
    while (end > 0 && isSpace(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(0, end);
  }

  private void node(Node n, List<Inline> into, int depth) {
    if (n instanceof TextNode t) {
      text(t.getWholeText(), into);
    } else if (n instanceof Element e) {
      element(e, into, depth);
    } else if (n instanceof Comment || n instanceof DataNode) {
      // comments inside running text are invisible; script data never shows
    }
  }

  private void element(Element e, List<Inline> into, int depth) {
    String name = e.normalName();
    if (Tags.DROPPED.contains(name)) {
      r.ctx.dropped(r.line(e), "<" + name + ">");
      return;
    }
    r.checkHandlers(e);
    if (depth >= Reading.MAX_DEPTH) {
      r.tooDeep(e);
      text(e.text(), into);
      return;
    }
    Inline.Styled.Style style = Tags.style(name);
    if (style != null) {
      wrap(into, new Inline.Styled(style, inner(e, depth)));
    } else if (Tags.isStrong(name)) {
      wrap(into, new Inline.Strong(inner(e, depth)));
    } else if (Tags.isEmphasis(name)) {
      wrap(into, new Inline.Emphasis(inner(e, depth)));
    } else if (Tags.isStrike(name)) {
      wrap(into, new Inline.Strikethrough(inner(e, depth)));
    } else if (Tags.isCode(name)) {
      code(e.text(), into);
    } else {
      other(e, name, into, depth);
    }
  }

  private void other(Element e, String name, List<Inline> into, int depth) {
    switch (name) {
      case "br" -> lineBreak(into);
      case "wbr" -> { }
      case "img" -> {
        Inline.Image image = Pictures.image(e, r);
        if (image != null) {
          add(into, image);
        }
      }
      case "a" -> link(e, into, depth);
      case "iframe" -> {
        Embeds.Target t = Embeds.of(e, r);
        if (t != null) {
          add(into, new Inline.Link(t.url(), "", List.of(new Inline.Text(t.label()))));
        }
      }
      case "rp" -> { }
      case "rt" -> {
        text("(", into);
        children(e, into, depth);
        text(")", into);
      }
      default -> {
        if (Tags.isBlock(name)) {
          block(e, name, into, depth);
        } else {
          children(e, into, depth);
        }
      }
    }
  }

  private void link(Element e, List<Inline> into, int depth) {
    if (!e.hasAttr("href")) {
      children(e, into, depth); // a named anchor: only its text shows
      return;
    }
    String href = r.address(e, "href");
    List<Inline> content = inner(e, depth);
    if (href.isEmpty()) {
      into.addAll(content);
      return;
    }
    if (content.isEmpty()) {
      return; // an empty link shows nothing in a browser either
    }
    add(into, new Inline.Link(href, e.attr("title").strip(), content));
  }

  /** A block element inside running text: its own line(s). */
  private void block(Element e, String name, List<Inline> into, int depth) {
    if (name.equals("table") && !tableWarned) {
      tableWarned = true;
      r.ctx.warn(r.line(e), "HTML table inside a table cell or heading: its rows are shown as"
          + " lines of text");
    }
    if (name.equals("td") || name.equals("th")) {
      Element before = e.previousElementSibling();
      if (before != null && (before.normalName().equals("td")
          || before.normalName().equals("th"))) {
        text(" | ", into);
      }
      children(e, into, depth);
      return;
    }
    boundary(into);
    if (name.equals("li")) {
      text("• ", into);
    }
    if (name.equals("pre") || name.equals("listing")) {
      String[] lines = CodeText.of(e).split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        if (i > 0) {
          lineBreak(into);
        }
        code(lines[i], into);
      }
    } else if (!name.equals("hr")) {
      children(e, into, depth);
    }
    boundary(into);
  }

  private void boundary(List<Inline> into) {
    if (emitted && !lastWasBreak) {
      lineBreak(into);
    }
  }

  private void children(Element e, List<Inline> into, int depth) {
    for (Node c : e.childNodes()) {
      node(c, into, depth + 1);
    }
  }

  private List<Inline> inner(Element e, int depth) {
    List<Inline> content = new ArrayList<>();
    children(e, content, depth);
    return merged(content);
  }

  /** The inlines with adjacent texts joined, in one pass. */
  static List<Inline> merged(List<Inline> inlines) {
    List<Inline> result = new ArrayList<>(inlines.size());
    StringBuilder text = new StringBuilder();
    for (Inline i : inlines) {
      if (i instanceof Inline.Text t) {
        text.append(t.text());
        continue;
      }
      if (text.length() > 0) {
        result.add(new Inline.Text(text.toString()));
        text.setLength(0);
      }
      result.add(i);
    }
    if (text.length() > 0) {
      result.add(new Inline.Text(text.toString()));
    }
    return result;
  }

  private void wrap(List<Inline> into, Inline marked) {
    boolean empty = marked instanceof Inline.Strong s ? s.content().isEmpty()
        : marked instanceof Inline.Emphasis m ? m.content().isEmpty()
        : marked instanceof Inline.Strikethrough k ? k.content().isEmpty()
        : marked instanceof Inline.Styled y && y.content().isEmpty();
    if (!empty) {
      add(into, marked);
    }
  }

  private void code(String s, List<Inline> into) {
    String c = s.strip();
    if (!c.isEmpty()) {
      add(into, new Inline.Code(c));
      space = false;
      last = c.codePointBefore(c.length());
    }
  }

  private void lineBreak(List<Inline> into) {
    into.add(new Inline.LineBreak());
    emitted = true;
    lastWasBreak = true;
    space = true;
    last = '\n';
  }

  private void add(List<Inline> into, Inline i) {
    into.add(i);
    emitted = true;
    lastWasBreak = false;
    space = false;
  }

  /** Appends text with HTML white space collapsed, merged into a text just before it. */
  void text(String s, List<Inline> into) {
    StringBuilder b = new StringBuilder(Math.min(s.length(), 1 << 16));
    int i = 0;
    int n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      if (isSpace(c)) {
        int j = i;
        boolean newline = false;
        while (j < n && isSpace(s.charAt(j))) {
          newline |= s.charAt(j) == '\n';
          j++;
        }
        boolean join = newline && last >= 0 && j < n && Cjk.isWide(last)
            && Cjk.isWide(s.codePointAt(j));
        if (!space && !join) {
          b.append(' ');
          space = true;
        }
        i = j;
      } else {
        b.append(c);
        space = false;
        last = Character.isLowSurrogate(c) && b.length() > 1 ? b.codePointBefore(b.length()) : c;
        i++;
      }
    }
    if (b.length() == 0) {
      return;
    }
    // adjacent texts are merged once, when the run is finished: merging here would copy a long
    // text again for every comment or dropped tag inside it
    into.add(new Inline.Text(b.toString()));
    if (!b.toString().isBlank()) {
      emitted = true;
      lastWasBreak = false;
    }
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
  }
}

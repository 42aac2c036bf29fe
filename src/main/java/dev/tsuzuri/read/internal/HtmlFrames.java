package dev.tsuzuri.read.internal;

import dev.tsuzuri.outline.Block;
import dev.tsuzuri.outline.Details;
import dev.tsuzuri.outline.Quote;
import dev.tsuzuri.read.internal.html.HtmlReader;
import dev.tsuzuri.read.internal.html.Opened;
import dev.tsuzuri.read.internal.html.Part;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The blocks of one Markdown container as they are met, with the HTML containers that HTML
 * blocks leave open: by CommonMark's rules an HTML block ends at a blank line, so in
 *
 * <pre>{@code
 * <details><summary>Answer</summary>
 *
 * **Markdown** here
 *
 * </details>
 * }</pre>
 *
 * the paragraph belongs inside the details, up to the HTML block that closes it. Containers left
 * open at the end of the Markdown container close there.
 */
final class HtmlFrames {
  /** Containers opened in a row beyond this are not opened: their content stays in place. */
  static final int MAX_OPEN = 16;

  private final ReadSession session;
  private final List<HeadingMark> root = new ArrayList<>();
  private final Deque<Frame> open = new ArrayDeque<>();
  private boolean deepWarned;

  private record Frame(Opened container, List<HeadingMark> marks) {}

  HtmlFrames(ReadSession session) {
    this.session = session;
  }

  /** Adds a heading or block to the innermost open container. */
  void add(HeadingMark m) {
    (open.isEmpty() ? root : open.peek().marks()).add(m);
  }

  /** Reads an HTML block: end tags at its start close open containers, the rest is read. */
  void html(String html, int line) {
    int at = closeLeading(html);
    if (at >= html.length() || html.substring(at).isBlank()) {
      return;
    }
    HtmlReader.Fragment f = session.html().fragment(html.substring(at), line);
    parts(f.parts());
    for (Opened o : f.opened()) {
      if (open.size() >= MAX_OPEN) {
        if (!deepWarned) {
          deepWarned = true;
          session.warn(o.line(), "HTML containers left open more than " + MAX_OPEN
              + " deep; the Markdown after them is not put inside them");
        }
        parts(o.parts());
        continue;
      }
      open.push(new Frame(o, new ArrayList<>()));
      parts(o.parts());
    }
  }

  /** Everything met, every container closed. */
  List<HeadingMark> finish() {
    while (!open.isEmpty()) {
      close();
    }
    return root;
  }

  private void parts(List<Part> parts) {
    for (Part p : parts) {
      if (p instanceof Part.Heading h) {
        add(new HeadingMark(h.level(), h.title(), h.line(), null));
      } else if (p instanceof Part.Content c) {
        add(HeadingMark.of(c.block()));
      }
    }
  }

  private void close() {
    Frame f = open.pop();
    List<Block> blocks = SectionNester.nest(f.marks(), session.ids);
    Opened o = f.container();
    Block b = o.kind() == Opened.Kind.DETAILS ? new Details(o.summary(), blocks, o.line())
        : new Quote(blocks, o.line());
    add(HeadingMark.of(b));
  }

  /**
   * Consumes the end tags at the start of an HTML block, closing the open containers they name
   * (and those inside them); end tags of nothing open are skipped, as browsers skip them.
   *
   * @return where the rest of the block starts
   */
  private int closeLeading(String html) {
    int i = 0;
    int n = html.length();
    while (true) {
      while (i < n && Character.isWhitespace(html.charAt(i))) {
        i++;
      }
      if (!html.startsWith("</", i)) {
        return i;
      }
      int j = i + 2;
      while (j < n && j - i < 40 && (Character.isLetterOrDigit(html.charAt(j))
          || html.charAt(j) == '-')) {
        j++;
      }
      String name = html.substring(i + 2, j).toLowerCase(java.util.Locale.ROOT);
      while (j < n && (html.charAt(j) == ' ' || html.charAt(j) == '\t')) {
        j++;
      }
      if (name.isEmpty() || j >= n || html.charAt(j) != '>') {
        return i;
      }
      closeNamed(name);
      i = j + 1;
    }
  }

  private void closeNamed(String name) {
    boolean found = false;
    for (Frame f : open) {
      if (f.container().name().equals(name)) {
        found = true;
        break;
      }
    }
    while (found && !open.isEmpty()) {
      boolean last = open.peek().container().name().equals(name);
      close();
      if (last) {
        return;
      }
    }
  }
}

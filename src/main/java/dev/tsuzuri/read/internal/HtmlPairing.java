package dev.tsuzuri.read.internal;

import dev.tsuzuri.outline.Inline;
import dev.tsuzuri.read.internal.html.InlineTag;
import java.util.ArrayList;
import java.util.List;

/**
 * Pairs the inline HTML tags of a run of inline pieces: CommonMark gives {@code <u>},
 * {@code **bold**} and {@code </u>} as three siblings, and the tags wrap what lies between them.
 * A start tag never closed wraps the rest of the run, as browsers do; an end tag with nothing to
 * close is ignored. Linear: at most {@value #MAX_OPEN} tags are open at once, later ones are
 * read as if absent.
 */
final class HtmlPairing {
  /** How many tags may be open at once; deeper ones pass their content through. */
  static final int MAX_OPEN = 24;

  /** One piece of inline HTML and the note line it is on. */
  record Tag(InlineTag tag, int line) {}

  private record Frame(Tag tag, List<Object> pieces) {}

  private HtmlPairing() {}

  /** The finished inlines of the pieces, tags paired. */
  static List<Inline> finish(List<Object> pieces, ReadSession session) {
    boolean any = false;
    for (Object p : pieces) {
      any |= p instanceof Tag;
    }
    if (!any) {
      return InlineFinisher.finish(pieces);
    }
    List<Object> root = new ArrayList<>();
    List<Frame> stack = new ArrayList<>();
    for (Object p : pieces) {
      List<Object> current = stack.isEmpty() ? root : stack.get(stack.size() - 1).pieces();
      if (!(p instanceof Tag t)) {
        current.add(p);
        continue;
      }
      InlineTag tag = t.tag();
      switch (tag.kind()) {
        case OPEN -> {
          if (stack.size() < MAX_OPEN) {
            stack.add(new Frame(t, new ArrayList<>()));
          }
        }
        case CLOSE -> close(tag.name(), stack, root, session);
        case EMPTY -> current.addAll(tag.alone(session, t.line()));
        case LITERAL -> current.add(new Inline.Text(tag.source()));
        case HIDDEN -> { }
      }
    }
    while (!stack.isEmpty()) {
      closeTop(stack, root, session);
    }
    return InlineFinisher.finish(root);
  }

  private static void close(String name, List<Frame> stack, List<Object> root,
      ReadSession session) {
    int at = stack.size() - 1;
    while (at >= 0 && !stack.get(at).tag().tag().name().equals(name)) {
      at--;
    }
    while (at >= 0 && stack.size() > at) {
      closeTop(stack, root, session);
    }
  }

  private static void closeTop(List<Frame> stack, List<Object> root, ReadSession session) {
    Frame f = stack.remove(stack.size() - 1);
    List<Object> parent = stack.isEmpty() ? root : stack.get(stack.size() - 1).pieces();
    InlineTag tag = f.tag().tag();
    if (tag.transparent()) {
      parent.addAll(f.pieces()); // a <span>: its pieces as they are, soft breaks unresolved
      return;
    }
    parent.addAll(tag.wrap(InlineFinisher.finish(f.pieces()), session, f.tag().line()));
  }
}

package dev.tsuzuri.read.internal;

import dev.tsuzuri.outline.Block;
import dev.tsuzuri.outline.Inline;
import dev.tsuzuri.outline.PlainText;
import dev.tsuzuri.outline.Section;
import java.util.ArrayList;
import java.util.List;

/**
 * Nests a flat run of headings and blocks into sections: everything after a heading up to the
 * next heading of the same or a higher level belongs to it. Iterative, so 100,000 headings cost
 * no stack.
 */
final class SectionNester {
  private SectionNester() {}

  private static final class Open {
    final int level;
    final List<Inline> title;
    final String id;
    final int line;
    final List<Block> blocks = new ArrayList<>();

    Open(int level, List<Inline> title, String id, int line) {
      this.level = level;
      this.title = title;
      this.id = id;
      this.line = line;
    }

    Section close() {
      return new Section(level, title, id, blocks, line);
    }
  }

  static List<Block> nest(List<HeadingMark> marks, AnchorIds ids) {
    List<Block> top = new ArrayList<>();
    List<Open> stack = new ArrayList<>();
    for (HeadingMark m : marks) {
      if (!m.isHeading()) {
        (stack.isEmpty() ? top : stack.get(stack.size() - 1).blocks).add(m.block());
        continue;
      }
      while (!stack.isEmpty() && stack.get(stack.size() - 1).level >= m.level()) {
        closeTop(stack, top);
      }
      stack.add(new Open(m.level(), m.title(), ids.next(PlainText.of(m.title())), m.line()));
    }
    while (!stack.isEmpty()) {
      closeTop(stack, top);
    }
    return top;
  }

  private static void closeTop(List<Open> stack, List<Block> top) {
    Section s = stack.remove(stack.size() - 1).close();
    (stack.isEmpty() ? top : stack.get(stack.size() - 1).blocks).add(s);
  }
}

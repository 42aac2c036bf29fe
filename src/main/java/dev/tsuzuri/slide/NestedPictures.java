package dev.tsuzuri.slide;

import dev.tsuzuri.outline.Block;
import dev.tsuzuri.outline.DefinitionList;
import dev.tsuzuri.outline.Details;
import dev.tsuzuri.outline.Figure;
import dev.tsuzuri.outline.Inline;
import dev.tsuzuri.outline.ListBlock;
import dev.tsuzuri.outline.ListItem;
import dev.tsuzuri.outline.Paragraph;
import dev.tsuzuri.outline.Quote;
import dev.tsuzuri.outline.Table;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The pictures inside a block that is not itself a figure: images in a paragraph's text, in list
 * items, quotes, details and table cells, and figures nested in them. A page shows them where they
 * stand; a deck gives each a picture slide after the text around it. Walked with an explicit
 * stack, so deep nesting costs no recursion.
 */
final class NestedPictures {
  private NestedPictures() {}

  /** The block's pictures in reading order, as figures (line: the block's where unknown). */
  static List<Figure> in(Block block) {
    List<Figure> out = new ArrayList<>();
    Deque<Object> todo = new ArrayDeque<>();
    todo.push(block);
    while (!todo.isEmpty()) {
      Object o = todo.pop();
      List<?> children = List.of();
      int line = o instanceof Block b ? b.line() : block.line();
      if (o instanceof Figure f) {
        out.add(f);
      } else if (o instanceof Inline.Image i) {
        out.add(new Figure(i.src(), i.alt(), i.title(), List.of(), "", i.size(), line, i.role()));
      } else if (o instanceof Paragraph p) {
        children = p.inlines();
      } else if (o instanceof ListBlock l) {
        children = l.items();
      } else if (o instanceof ListItem item) {
        children = item.blocks();
      } else if (o instanceof Quote q) {
        children = q.blocks();
      } else if (o instanceof Details d) {
        children = d.blocks();
      } else if (o instanceof dev.tsuzuri.outline.Callout c) {
        children = c.blocks();
      } else if (o instanceof Table t) {
        List<Object> cells = new ArrayList<>();
        for (List<Table.Row> rows : List.of(t.header(), t.body())) {
          for (Table.Row r : rows) {
            for (Table.Cell c : r.cells()) {
              cells.addAll(c.content());
            }
          }
        }
        children = cells;
      } else if (o instanceof Inline.Strong s) {
        children = s.content();
      } else if (o instanceof Inline.Emphasis e) {
        children = e.content();
      } else if (o instanceof Inline.Strikethrough s) {
        children = s.content();
      } else if (o instanceof Inline.Link l) {
        children = l.content();
      } else if (o instanceof Inline.Styled st) {
        children = st.content();
      } else if (o instanceof DefinitionList dl) {
        List<Object> parts = new ArrayList<>();
        for (DefinitionList.Item item : dl.items()) {
          parts.addAll(item.term());
          item.definitions().forEach(parts::addAll);
        }
        children = parts;
      }
      for (int k = children.size() - 1; k >= 0; k--) {
        todo.push(children.get(k));
      }
    }
    return out;
  }
}

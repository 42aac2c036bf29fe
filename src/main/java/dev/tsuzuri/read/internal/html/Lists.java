package dev.tsuzuri.read.internal.html;

import dev.tsuzuri.outline.Block;
import dev.tsuzuri.outline.DefinitionList;
import dev.tsuzuri.outline.Inline;
import dev.tsuzuri.outline.ListBlock;
import dev.tsuzuri.outline.ListItem;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** {@code <ul>}, {@code <ol>} and {@code <dl>} as outline lists. */
final class Lists {
  private Lists() {}

  /**
   * A bullet or numbered list. A list written directly inside another (not inside an item), as
   * old editors wrote nested lists, belongs to the item before it, as browsers show it; an item
   * starting with a checkbox is a task.
   */
  static ListBlock list(Element e, BlockConverter blocks, int depth) {
    boolean ordered = e.normalName().equals("ol");
    int start = ordered ? start(e.attr("start")) : 1;
    List<ListItem> items = new ArrayList<>();
    boolean tight = true;
    for (Node child : e.childNodes()) {
      if (child instanceof TextNode t && t.isBlank()) {
        continue;
      }
      if (child instanceof Element li && li.normalName().equals("li")) {
        List<Node> content = new ArrayList<>(li.childNodes());
        ListItem.Task task = task(content);
        for (Element c : li.children()) {
          tight &= !c.normalName().equals("p");
        }
        items.add(new ListItem(task, blocks.blocks(content, depth), blocks.reading().line(li)));
        continue;
      }
      List<Block> stray = blocks.blocks(List.of(child), depth);
      if (stray.isEmpty()) {
        continue;
      }
      if (items.isEmpty()) {
        items.add(new ListItem(ListItem.Task.NONE, stray, blocks.reading().line(child)));
      } else {
        ListItem before = items.remove(items.size() - 1);
        List<Block> joined = new ArrayList<>(before.blocks());
        joined.addAll(stray);
        items.add(new ListItem(before.task(), joined, before.line()));
      }
    }
    return items.isEmpty() ? null
        : new ListBlock(ordered, start, tight, items, blocks.reading().line(e));
  }

  /** The task state of an item whose first element is a checkbox, which it then removes. */
  private static ListItem.Task task(List<Node> content) {
    for (int i = 0; i < content.size(); i++) {
      Node n = content.get(i);
      if (n instanceof TextNode t && t.isBlank()) {
        continue;
      }
      if (n instanceof Element input && input.normalName().equals("input")
          && input.attr("type").equalsIgnoreCase("checkbox")) {
        content.remove(i);
        return input.hasAttr("checked") ? ListItem.Task.DONE : ListItem.Task.OPEN;
      }
      return ListItem.Task.NONE;
    }
    return ListItem.Task.NONE;
  }

  private static int start(String value) {
    String v = value.strip();
    if (v.matches("-?[0-9]{1,9}")) {
      return Integer.parseInt(v);
    }
    return 1;
  }

  /** A definition list: each {@code <dt>} a term, the {@code <dd>}s after it its definitions. */
  static DefinitionList definitions(Element e, BlockConverter blocks, int depth) {
    List<DefinitionList.Item> items = new ArrayList<>();
    List<Inline> term = null;
    List<List<Block>> definitions = new ArrayList<>();
    List<Element> children = new ArrayList<>();
    for (Element c : e.children()) {
      if (c.normalName().equals("div")) {
        children.addAll(c.children()); // HTML allows a <div> around each group
      } else {
        children.add(c);
      }
    }
    for (Element c : children) {
      String name = c.normalName();
      if (name.equals("dt")) {
        if (term != null || !definitions.isEmpty()) {
          items.add(new DefinitionList.Item(term == null ? List.of() : term, definitions));
        }
        term = blocks.inlines(c, depth);
        definitions = new ArrayList<>();
      } else if (name.equals("dd")) {
        definitions.add(blocks.blocks(c.childNodes(), depth));
      }
    }
    if (term != null || !definitions.isEmpty()) {
      items.add(new DefinitionList.Item(term == null ? List.of() : term, definitions));
    }
    return items.isEmpty() ? null : new DefinitionList(items, blocks.reading().line(e));
  }
}

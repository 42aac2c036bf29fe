package dev.tsuzuri.slide;

import dev.tsuzuri.outline.Block;
import dev.tsuzuri.outline.CodeBlock;
import dev.tsuzuri.outline.Comment;
import dev.tsuzuri.outline.Document;
import dev.tsuzuri.outline.Inline;
import dev.tsuzuri.outline.ListBlock;
import dev.tsuzuri.outline.ListItem;
import dev.tsuzuri.outline.Metadata;
import dev.tsuzuri.outline.Paragraph;
import dev.tsuzuri.outline.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A deliberately tiny Markdown subset for building test documents quickly (headings, nested
 * bullets by indentation, paragraphs, fenced code, one-line HTML comments, a "title:" front-matter
 * line). Tests use it so that fixtures read like notes; it is not the product's reader.
 */
public final class MiniMarkdown {
  private MiniMarkdown() {}

  private record Item(int indent, String text, int line, List<Item> children) {}

  /** A document from the subset. */
  public static Document parse(String md, String lang) {
    String[] lines = md.split("\n");
    String title = "";
    int i = 0;
    if (lines.length > 0 && lines[0].equals("---")) {
      for (i = 1; i < lines.length && !lines[i].equals("---"); i++) {
        if (lines[i].startsWith("title:")) {
          title = lines[i].substring(6).trim().replaceAll("^\"|\"$", "");
        }
      }
      i++;
    }
    List<Object> top = new ArrayList<>();
    List<Object> current = top;
    List<List<Object>> stackBlocks = new ArrayList<>();
    List<Integer> stackLevels = new ArrayList<>();
    List<Object[]> stackHeads = new ArrayList<>();
    List<Item> roots = null;
    List<Item> openItems = new ArrayList<>();
    for (; i < lines.length; i++) {
      String l = lines[i];
      int lineNo = i + 1;
      if (l.startsWith("```")) {
        StringBuilder code = new StringBuilder();
        String lang2 = l.substring(3).trim();
        for (i++; i < lines.length && !lines[i].startsWith("```"); i++) {
          code.append(code.length() > 0 ? "\n" : "").append(lines[i]);
        }
        roots = null;
        current.add(new CodeBlock(lang2, code.toString(), lineNo));
        continue;
      }
      if (l.matches("#{1,6} .*")) {
        roots = null;
        int level = l.indexOf(' ');
        while (!stackLevels.isEmpty() && stackLevels.get(stackLevels.size() - 1) >= level) {
          close(stackBlocks, stackLevels, stackHeads, top);
        }
        List<Object> blocks = new ArrayList<>();
        stackBlocks.add(blocks);
        stackLevels.add(level);
        stackHeads.add(new Object[] {level, l.substring(level + 1).trim(), lineNo});
        current = blocks;
        continue;
      }
      String t = l.stripLeading();
      int indent = l.length() - t.length();
      if (t.startsWith("- ") || t.startsWith("* ")) {
        Item it = new Item(indent, t.substring(2).trim(), lineNo, new ArrayList<>());
        if (roots == null) {
          roots = new ArrayList<>();
          openItems.clear();
          current.add(new Holder(roots, lineNo));
        }
        while (!openItems.isEmpty() && openItems.get(openItems.size() - 1).indent() >= indent) {
          openItems.remove(openItems.size() - 1);
        }
        if (openItems.isEmpty()) {
          roots.add(it);
        } else {
          openItems.get(openItems.size() - 1).children().add(it);
        }
        openItems.add(it);
        continue;
      }
      if (t.isEmpty()) {
        continue;
      }
      roots = null;
      if (t.startsWith("<!--")) {
        current.add(new Comment(t.replace("<!--", "").replace("-->", "").trim(), lineNo));
      } else {
        current.add(new Paragraph(List.of(new Inline.Text(t)), lineNo));
      }
    }
    while (!stackLevels.isEmpty()) {
      close(stackBlocks, stackLevels, stackHeads, top);
    }
    return new Document(new Metadata(title, "", List.of(), null, null, List.of(), List.of(),
        false, lang, Map.of()), resolve(top), List.of());
  }

  /** A placeholder for a list being built; replaced by a ListBlock when the document is done. */
  private record Holder(List<Item> roots, int line) {}

  private static void close(List<List<Object>> blocks, List<Integer> levels,
      List<Object[]> heads, List<Object> top) {
    int last = levels.size() - 1;
    Object[] h = heads.remove(last);
    List<Object> content = blocks.remove(last);
    levels.remove(last);
    Section s = new Section((Integer) h[0], List.of(new Inline.Text((String) h[1])),
        "s" + h[2], resolveList(content), (Integer) h[2]);
    (blocks.isEmpty() ? top : blocks.get(blocks.size() - 1)).add(s);
  }

  private static List<Block> resolve(List<Object> blocks) {
    return resolveList(blocks);
  }

  private static List<Block> resolveList(List<? extends Object> raw) {
    List<Block> out = new ArrayList<>();
    for (Object o : raw) {
      if (o instanceof Holder h) {
        out.add(list(h.roots(), h.line()));
      } else {
        out.add((Block) o);
      }
    }
    return out;
  }

  private static ListBlock list(List<Item> items, int line) {
    List<ListItem> out = new ArrayList<>();
    for (Item it : items) {
      List<Block> blocks = new ArrayList<>();
      blocks.add(new Paragraph(List.of(new Inline.Text(it.text())), it.line()));
      if (!it.children().isEmpty()) {
        blocks.add(list(it.children(), it.children().get(0).line()));
      }
      out.add(new ListItem(ListItem.Task.NONE, blocks, it.line()));
    }
    return new ListBlock(false, 1, true, out, line);
  }
}

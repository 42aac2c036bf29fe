package dev.tsuzuri.read;

import dev.tsuzuri.outline.Block;
import dev.tsuzuri.outline.Details;
import dev.tsuzuri.outline.Document;
import dev.tsuzuri.outline.Inline;
import dev.tsuzuri.outline.ListBlock;
import dev.tsuzuri.outline.ListItem;
import dev.tsuzuri.outline.Paragraph;
import dev.tsuzuri.outline.Quote;
import dev.tsuzuri.outline.Section;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * The headings and list items of an outline in the form {@code /work/shared/tools/outline.py}
 * prints for pandoc's view of a note: {@code kind<TAB>level<TAB>text}, whitespace removed. Items
 * on source lines holding a Hugo shortcode are left out, as the tool does; so are headings and
 * items read from raw HTML ({@code <h3>}, {@code <li>}), which pandoc keeps as raw HTML.
 */
final class PandocOutline {
  private final List<String> sourceLines;
  private final List<String> out = new ArrayList<>();

  private PandocOutline(List<String> sourceLines) {
    this.sourceLines = sourceLines;
  }

  static List<String> of(Document doc, List<String> sourceLines) {
    PandocOutline p = new PandocOutline(sourceLines);
    p.blocks(doc.blocks(), 0);
    return p.out;
  }

  private boolean shortcodeLine(int line) {
    return line > 0 && line <= sourceLines.size() && (sourceLines.get(line - 1).contains("{{")
        || sourceLines.get(line - 1).strip().startsWith("<"));
  }

  private void blocks(List<Block> blocks, int depth) {
    for (Block b : blocks) {
      if (b instanceof Section s) {
        String t = norm(s.title());
        if (!t.isEmpty() && !shortcodeLine(s.line())) {
          out.add("h\t" + s.level() + "\t" + t);
        }
        blocks(s.blocks(), depth);
      } else if (b instanceof ListBlock l) {
        for (ListItem item : l.items()) {
          List<Block> rest = item.blocks();
          if (!rest.isEmpty() && rest.get(0) instanceof Paragraph p) {
            String t = norm(p.inlines());
            if (!t.isEmpty() && !shortcodeLine(p.line())) {
              out.add("li\t" + (depth + 1) + "\t" + t);
            }
            rest = rest.subList(1, rest.size());
          }
          blocks(rest, depth + 1);
        }
      } else if (b instanceof Quote q) {
        blocks(q.blocks(), depth);
      } else if (b instanceof Details d) {
        blocks(d.blocks(), depth);
      }
    }
  }

  static String norm(List<Inline> inlines) {
    String s = Normalizer.normalize(plain(inlines).replaceAll("(?U)\\s+", ""), Normalizer.Form.NFC);
    return s.replace('\u201c', '"').replace('\u201d', '"').replace('\u2018', '\'')
        .replace('\u2019', '\'');
  }

  private static String plain(List<Inline> inlines) {
    StringBuilder b = new StringBuilder();
    for (Inline i : inlines) {
      if (i instanceof Inline.Text t) {
        b.append(t.text());
      } else if (i instanceof Inline.Code c) {
        b.append(c.code());
      } else if (i instanceof Inline.Strong s) {
        b.append(plain(s.content()));
      } else if (i instanceof Inline.Emphasis e) {
        b.append(plain(e.content()));
      } else if (i instanceof Inline.Strikethrough s) {
        b.append(plain(s.content()));
      } else if (i instanceof Inline.Link l) {
        b.append(plain(l.content()));
      } else if (i instanceof Inline.Styled st) {
        b.append(plain(st.content()));
      } else if (i instanceof Inline.Image im) {
        b.append(im.alt());
      } else if (i instanceof Inline.LineBreak) {
        b.append(' ');
      }
    }
    return b.toString();
  }
}

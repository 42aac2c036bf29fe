package dev.tsuzuri.read;

import dev.tsuzuri.outline.Block;
import dev.tsuzuri.outline.BlockVisitor;
import dev.tsuzuri.outline.CodeBlock;
import dev.tsuzuri.outline.Comment;
import dev.tsuzuri.outline.DefinitionList;
import dev.tsuzuri.outline.Details;
import dev.tsuzuri.outline.Directive;
import dev.tsuzuri.outline.Document;
import dev.tsuzuri.outline.Embed;
import dev.tsuzuri.outline.Figure;
import dev.tsuzuri.outline.Footnote;
import dev.tsuzuri.outline.Inline;
import dev.tsuzuri.outline.LinkCard;
import dev.tsuzuri.outline.ListBlock;
import dev.tsuzuri.outline.ListItem;
import dev.tsuzuri.outline.Paragraph;
import dev.tsuzuri.outline.Quote;
import dev.tsuzuri.outline.Section;
import dev.tsuzuri.outline.Table;
import dev.tsuzuri.outline.ThematicBreak;
import java.util.List;

/**
 * A compact text dump of an outline, one block per line, indented by depth, for tests:
 * {@code para: これは<strong>重要</strong>です}, {@code list bullet tight}, {@code item [x]}.
 * Marks from HTML show as their tags ({@code <u>}, {@code <mark>}, {@code <sup>}, {@code <sub>},
 * {@code <kbd>}); an image's size hint as {@code {w=…,h=…}}; a cell's spans as {@code {2x1}}.
 */
public final class OutlineDump implements BlockVisitor<Void> {
  private final StringBuilder out = new StringBuilder();
  private int depth;

  private OutlineDump() {}

  /** The dump of a document's blocks, then its footnotes. */
  public static String of(Document document) {
    OutlineDump d = new OutlineDump();
    d.blocks(document.blocks());
    for (Footnote f : document.footnotes()) {
      d.line("footnote " + f.number() + " " + f.label());
      d.nested(f.blocks());
    }
    return d.out.toString();
  }

  /** The dump of some blocks. */
  public static String of(List<Block> blocks) {
    OutlineDump d = new OutlineDump();
    d.blocks(blocks);
    return d.out.toString();
  }

  /** Inlines in a Markdown-like notation. */
  public static String inlines(List<Inline> inlines) {
    StringBuilder b = new StringBuilder();
    for (Inline i : inlines) {
      inline(i, b);
    }
    return b.toString();
  }

  private static void inline(Inline i, StringBuilder b) {
    if (i instanceof Inline.Text t) {
      b.append(t.text());
    } else if (i instanceof Inline.Strong s) {
      b.append("<strong>").append(inlines(s.content())).append("</strong>");
    } else if (i instanceof Inline.Emphasis e) {
      b.append("<em>").append(inlines(e.content())).append("</em>");
    } else if (i instanceof Inline.Strikethrough s) {
      b.append("<del>").append(inlines(s.content())).append("</del>");
    } else if (i instanceof Inline.Code c) {
      b.append('`').append(c.code()).append('`');
    } else if (i instanceof Inline.Link l) {
      b.append('[').append(inlines(l.content())).append("](").append(l.url());
      if (!l.title().isEmpty()) {
        b.append(" \"").append(l.title()).append('"');
      }
      b.append(')');
    } else if (i instanceof Inline.Image im) {
      b.append("![").append(im.alt()).append("](").append(im.src()).append(')')
          .append(size(im.size()));
    } else if (i instanceof Inline.LineBreak) {
      b.append("\\n");
    } else if (i instanceof Inline.FootnoteRef f) {
      b.append("[^").append(f.number()).append(':').append(f.label()).append(']');
    } else if (i instanceof Inline.Styled s) {
      String tag = switch (s.style()) {
        case UNDERLINE -> "u";
        case HIGHLIGHT -> "mark";
        case SUPERSCRIPT -> "sup";
        case SUBSCRIPT -> "sub";
        case KEYBOARD -> "kbd";
      };
      b.append('<').append(tag).append('>').append(inlines(s.content())).append("</")
          .append(tag).append('>');
    }
  }

  private static String size(dev.tsuzuri.outline.ImageSize size) {
    return size.isNone() ? "" : "{w=" + size.width() + ",h=" + size.height() + "}";
  }

  private void line(String s) {
    out.append("  ".repeat(depth)).append(s).append('\n');
  }

  private void blocks(List<Block> blocks) {
    for (Block b : blocks) {
      b.accept(this);
    }
  }

  private void nested(List<Block> blocks) {
    depth++;
    blocks(blocks);
    depth--;
  }

  @Override
  public Void visitSection(Section s) {
    line("h" + s.level() + " #" + s.id() + " " + inlines(s.title()));
    nested(s.blocks());
    return null;
  }

  @Override
  public Void visitParagraph(Paragraph p) {
    line("para: " + inlines(p.inlines()));
    return null;
  }

  @Override
  public Void visitList(ListBlock l) {
    line("list " + (l.ordered() ? "ordered " + l.start() : "bullet")
        + (l.tight() ? " tight" : " loose"));
    depth++;
    for (ListItem item : l.items()) {
      line("item" + (item.task() == ListItem.Task.DONE ? " [x]"
          : item.task() == ListItem.Task.OPEN ? " [ ]" : ""));
      nested(item.blocks());
    }
    depth--;
    return null;
  }

  @Override
  public Void visitCodeBlock(CodeBlock c) {
    line("code " + c.language());
    depth++;
    for (String l : c.code().split("\n", -1)) {
      line("| " + l);
    }
    depth--;
    return null;
  }

  @Override
  public Void visitQuote(Quote q) {
    line("quote");
    nested(q.blocks());
    return null;
  }

  @Override
  public Void visitTable(Table t) {
    StringBuilder a = new StringBuilder("table");
    for (Table.Alignment al : t.alignments()) {
      a.append(' ').append(al.name().charAt(0));
    }
    line(a.toString());
    depth++;
    for (Table.Row r : t.header()) {
      line("head" + cells(r));
    }
    for (Table.Row r : t.body()) {
      line("row" + cells(r));
    }
    depth--;
    return null;
  }

  private static String cells(Table.Row r) {
    StringBuilder b = new StringBuilder();
    for (Table.Cell c : r.cells()) {
      b.append(" | ").append(inlines(c.content()));
      if (c.spans()) {
        b.append(" {").append(c.colspan()).append('x').append(c.rowspan()).append('}');
      }
    }
    return b.toString();
  }

  @Override
  public Void visitFigure(Figure f) {
    line("figure " + f.src() + " alt=" + f.alt()
        + (f.title().isEmpty() ? "" : " title=" + f.title())
        + (f.caption().isEmpty() ? "" : " caption=" + inlines(f.caption()))
        + (f.link().isEmpty() ? "" : " link=" + f.link()) + size(f.size()));
    return null;
  }

  @Override
  public Void visitLinkCard(LinkCard c) {
    line("card " + c.url() + (c.title().isEmpty() ? "" : " " + c.title()));
    return null;
  }

  @Override
  public Void visitEmbed(Embed e) {
    line("embed " + e.kind() + " " + e.url() + " " + e.label());
    return null;
  }

  @Override
  public Void visitDetails(Details d) {
    line("details " + inlines(d.summary()));
    nested(d.blocks());
    return null;
  }

  @Override
  public Void visitCallout(dev.tsuzuri.outline.Callout c) {
    line("callout " + c.kind().id() + " " + inlines(c.title()));
    nested(c.blocks());
    return null;
  }

  @Override
  public Void visitThematicBreak(ThematicBreak rule) {
    line("rule");
    return null;
  }

  @Override
  public Void visitDefinitionList(DefinitionList d) {
    line("deflist");
    depth++;
    for (DefinitionList.Item item : d.items()) {
      line("term " + inlines(item.term()));
      for (List<Block> definition : item.definitions()) {
        line("def");
        nested(definition);
      }
    }
    depth--;
    return null;
  }

  @Override
  public Void visitComment(Comment c) {
    line("comment " + c.text().replace("\n", "\\n"));
    return null;
  }

  @Override
  public Void visitDirective(Directive d) {
    line("directive " + (d.spot() ? "_" : "") + d.name() + "=" + d.value());
    return null;
  }
}

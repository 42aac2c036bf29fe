package dev.tsuzuri.write.docx.internal;

import dev.tsuzuri.write.CalloutColors;
import dev.tsuzuri.write.CodeColors;
import dev.tsuzuri.write.CodeToken;
import dev.tsuzuri.write.CodeTokenizer;
import dev.tsuzuri.write.ooxml.XmlText;
import dev.tsuzuri.outline.Block;
import dev.tsuzuri.outline.BlockVisitor;
import dev.tsuzuri.outline.Callout;
import dev.tsuzuri.outline.CodeBlock;
import dev.tsuzuri.outline.Comment;
import dev.tsuzuri.outline.DefinitionList;
import dev.tsuzuri.outline.Details;
import dev.tsuzuri.outline.Directive;
import dev.tsuzuri.outline.Embed;
import dev.tsuzuri.outline.Figure;
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
 * Writes blocks into a {@link Target} as WordprocessingML text. Inside list items every paragraph
 * is a "List Paragraph" (numbered for an item's first paragraph; for the rest indented to its
 * level with numbering switched off by {@code w:numId="0"}), because that is what keeps a Word
 * list one list: readers such as pandoc attach such paragraphs to the item before them, while
 * any other paragraph ends the list. Elements go in the schema's order, as XMLBeans put them.
 */
final class BlockWriter implements BlockVisitor<Void> {
  /** Indentation of list level 0, and the step per level, in twentieths of a point. */
  static final int LIST_INDENT = 420;
  /** The right indent of the reference document's "Callout" styles, in twentieths of a point. */
  static final int CALLOUT_RIGHT_INDENT = 113;
  private static final String QUOTE_RULE =
      "<w:pBdr><w:left w:val=\"single\" w:sz=\"18\" w:space=\"8\" w:color=\"BFBFBF\"/></w:pBdr>";
  private static final String CODE_SHADING =
      "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"F3F3F3\"/>";
  private static final String RULE =
      "<w:pBdr><w:bottom w:val=\"single\" w:sz=\"6\" w:space=\"1\" w:color=\"A6A6A6\"/></w:pBdr>";

  private final Conversion cx;
  private final Target target;
  private final StringBuilder out;
  private final int listLevel;
  private final boolean quote;
  private final boolean footnote;
  /** The kind of the callout being written, whose box every paragraph repeats; else null. */
  private final Callout.Kind callout;
  /**
   * Whether this callout's box is set in by one twip on the right: Word and LibreOffice join
   * consecutive paragraphs with the same borders and indents into one box, so two callouts of a
   * kind in a row alternate, and stay two boxes.
   */
  private boolean calloutShifted;
  /** The next child callout's shift: siblings alternate. */
  private boolean nextCalloutShifted;

  private BlockWriter(Conversion cx, Target target, int listLevel, boolean quote,
      boolean footnote, Callout.Kind callout) {
    this.cx = cx;
    this.target = target;
    this.out = target.out;
    this.listLevel = listLevel;
    this.quote = quote;
    this.footnote = footnote;
    this.callout = callout;
  }

  /** A writer for the document body. */
  static BlockWriter forBody(Conversion cx, Target target) {
    return new BlockWriter(cx, target, -1, false, false, null);
  }

  /** A writer for a footnote's content. */
  static BlockWriter forFootnote(Conversion cx, Target target) {
    return new BlockWriter(cx, target, -1, false, true, null);
  }

  /** Writes the blocks in order. */
  void blocks(List<Block> blocks) {
    for (Block b : blocks) {
      cx.atLine(b.line());
      b.accept(this);
    }
  }

  /** An empty paragraph in the context's style. */
  void emptyParagraph() {
    paragraph(StyleNames.NORMAL, null);
    end();
  }

  /**
   * Opens a paragraph in a style. Inside a list the style becomes "List Paragraph" indented to
   * the level, and {@code inList} (borders or shading) stands in for the lost style. Inside a
   * callout a "Normal" paragraph becomes "Callout", and every paragraph gets the callout's box
   * (its own shading, such as code's, kept). The caller writes its runs and {@link #end}s it.
   */
  void paragraph(String styleName, String inList) {
    String style = styleName;
    String borders = null;
    String shading = null;
    if (listLevel >= 0) {
      style = StyleNames.LIST_PARAGRAPH;
      if (inList != null && inList.startsWith("<w:shd")) {
        shading = inList;
      } else {
        // the quote's left rule, which its lost "Block Text" style would have drawn
        borders = inList != null ? inList : quote ? QUOTE_RULE : null;
      }
    } else if (StyleNames.NORMAL.equals(style) && callout != null) {
      style = StyleNames.CALLOUT;
    } else if (StyleNames.NORMAL.equals(style) && quote) {
      style = StyleNames.BLOCK_TEXT;
    } else if (StyleNames.NORMAL.equals(style) && footnote) {
      style = StyleNames.FOOTNOTE_TEXT;
    }
    if (callout != null) {
      borders = CalloutXml.borders(callout);
      if (shading == null && !StyleNames.SOURCE_CODE.equals(styleName)) {
        shading = CalloutXml.shading(callout);
      }
    }
    out.append("<w:p><w:pPr>");
    int propertiesStart = out.length();
    if (!StyleNames.NORMAL.equals(style)) {
      pStyle(style);
    }
    if (listLevel >= 0) {
      // numId 0 is Word's "no numbering": the paragraph continues the item above it instead of
      // starting an item of its own, and readers keep it inside the item
      out.append("<w:numPr><w:ilvl w:val=\"").append(listLevel)
          .append("\"/><w:numId w:val=\"0\"/></w:numPr>");
    }
    if (borders != null) {
      out.append(borders);
    }
    if (shading != null) {
      out.append(shading);
    }
    if (listLevel >= 0) {
      out.append("<w:ind w:left=\"").append((long) LIST_INDENT * (listLevel + 1))
          .append(calloutShifted ? "\" w:right=\"1\"/>" : "\"/>");
    } else if (calloutShifted) {
      out.append("<w:ind w:right=\"").append(CALLOUT_RIGHT_INDENT + 1).append("\"/>");
    }
    WordXml.close(out, propertiesStart, "w:pPr");
    target.writeMark();
  }

  /** Opens a paragraph whose properties are only this style. */
  private void styledParagraph(String style) {
    out.append("<w:p><w:pPr>");
    pStyle(style);
    out.append("</w:pPr>");
    target.writeMark();
  }

  private void pStyle(String style) {
    XmlText.attribute(out.append("<w:pStyle w:val=\""), cx.style(style)).append("\"/>");
  }

  /** Ends the paragraph {@link #paragraph} opened. */
  void end() {
    out.append("</w:p>");
  }

  InlineWriter inlines() {
    return new InlineWriter(cx, target, footnote, false);
  }

  @Override
  public Void visitSection(Section s) {
    styledParagraph(StyleNames.heading(s.level()));
    String name = cx.bookmarks.get(s.id());
    long id = -1;
    if (name != null && !footnote) {
      id = cx.bookmarkId();
      out.append("<w:bookmarkStart w:id=\"").append(id).append("\" w:name=\"");
      XmlText.attribute(out, name).append("\"/>");
    }
    inlines().write(s.title());
    if (id >= 0) {
      out.append("<w:bookmarkEnd w:id=\"").append(id).append("\"/>");
    }
    end();
    blocks(s.blocks());
    return null;
  }

  @Override
  public Void visitParagraph(Paragraph paragraph) {
    paragraph(StyleNames.NORMAL, null);
    inlines().write(paragraph.inlines());
    end();
    return null;
  }

  @Override
  public Void visitList(ListBlock list) {
    int level = listLevel + 1;
    if (level > ListNumbering.MAX_LEVEL) {
      cx.warnOnce(list.line(), "list nested deeper than Word's 9 levels: deeper items are shown"
          + " at level 9");
      level = ListNumbering.MAX_LEVEL;
    }
    long numId = cx.lists.newList(list.ordered(), list.start(), level);
    BlockWriter inner = new BlockWriter(cx, target, level, quote, footnote, callout);
    for (ListItem item : list.items()) {
      out.append("<w:p><w:pPr>");
      pStyle(StyleNames.LIST_PARAGRAPH);
      out.append("<w:numPr><w:ilvl w:val=\"").append(level).append("\"/><w:numId w:val=\"")
          .append(numId).append("\"/></w:numPr></w:pPr>");
      target.writeMark();
      InlineWriter w = inlines();
      if (item.task() != ListItem.Task.NONE) {
        taskBox(item.task() == ListItem.Task.DONE);
      }
      w.write(item.lead());
      end();
      inner.blocks(item.rest());
    }
    return null;
  }

  private void taskBox(boolean done) {
    String f = Fonts.SYMBOLS;
    out.append("<w:r><w:rPr><w:rFonts w:ascii=\"").append(f).append("\" w:hAnsi=\"").append(f)
        .append("\" w:eastAsia=\"").append(f).append("\" w:cs=\"").append(f)
        .append("\"/></w:rPr>");
    // U+2612 is the glyph Word's own check-box content control shows when ticked
    InlineWriter.t(out, done ? "\u2612" : "\u2610").append("</w:r><w:r>");
    InlineWriter.t(out, " ").append("</w:r>");
  }

  @Override
  public Void visitCodeBlock(CodeBlock code) {
    paragraph(StyleNames.SOURCE_CODE, CODE_SHADING);
    cx.codeText(code.code());
    InlineWriter w = new InlineWriter(cx, target, footnote, listLevel >= 0);
    for (CodeToken t : CodeTokenizer.tokens(code.language(), code.code())) {
      w.text(t.text(), CodeColors.wordStyle(t.kind()));
    }
    end();
    return null;
  }

  @Override
  public Void visitQuote(Quote q) {
    new BlockWriter(cx, target, listLevel, true, footnote, callout).blocks(q.blocks());
    return null;
  }

  @Override
  public Void visitTable(Table table) {
    if (!target.tables) {
      cx.warnOnce(table.line(), "table inside a table cell shown as text");
      for (Table.Row r : table.header()) {
        row(r);
      }
      for (Table.Row r : table.body()) {
        row(r);
      }
      return null;
    }
    TableWriter.write(cx, target, table, footnote,
        listLevel < 0 ? 0 : (long) LIST_INDENT * (listLevel + 1));
    return null;
  }

  private void row(Table.Row r) {
    paragraph(StyleNames.NORMAL, null);
    InlineWriter w = inlines();
    boolean first = true;
    for (Table.Cell c : r.cells()) {
      if (!first) {
        w.text(" | ");
      }
      first = false;
      w.write(c.content());
    }
    end();
  }

  @Override
  public Void visitFigure(Figure figure) {
    paragraph(StyleNames.FIGURE, null);
    Images.figure(cx, target, inlines(), figure);
    end();
    if (!figure.caption().isEmpty()) {
      paragraph(StyleNames.CAPTION, null);
      inlines().write(figure.caption());
      end();
    }
    return null;
  }

  @Override
  public Void visitLinkCard(LinkCard card) {
    card(card.url(), card.title(), card.description(), card.domain());
    return null;
  }

  @Override
  public Void visitEmbed(Embed embed) {
    card(embed.url(), embed.label(), "", embed.domain());
    return null;
  }

  private void card(String url, String title, String description, String domain) {
    paragraph(StyleNames.LINK_CARD, LinkCardText.RULE);
    LinkCardText.write(inlines(), url, title, description, domain);
    end();
  }

  @Override
  public Void visitDetails(Details details) {
    paragraph(StyleNames.DETAILS_SUMMARY, null);
    InlineWriter w = inlines();
    w.text("\u25BC ");
    w.write(details.summary());
    end();
    blocks(details.blocks());
    return null;
  }

  @Override
  public Void visitCallout(Callout c) {
    BlockWriter inner = new BlockWriter(cx, target, listLevel, quote, footnote, c.kind());
    inner.calloutShifted = nextCalloutShifted;
    nextCalloutShifted = !nextCalloutShifted;
    inner.paragraph(StyleNames.CALLOUT_TITLE, null);
    // bold by itself too: inside a list the paragraph's style is "List Paragraph"
    inner.inlines().write(List.of(new Inline.Strong(CalloutColors.title(c, cx.japanese))));
    inner.end();
    inner.blocks(c.blocks());
    return null;
  }

  @Override
  public Void visitThematicBreak(ThematicBreak rule) {
    paragraph(StyleNames.HORIZONTAL_RULE, RULE);
    end();
    return null;
  }

  @Override
  public Void visitDefinitionList(DefinitionList list) {
    for (DefinitionList.Item item : list.items()) {
      paragraph(StyleNames.DEFINITION_TERM, null);
      inlines().write(item.term());
      end();
      for (List<Block> definition : item.definitions()) {
        for (Block b : definition) {
          cx.atLine(b.line());
          if (b instanceof Paragraph p) {
            paragraph(StyleNames.DEFINITION, null);
            inlines().write(p.inlines());
            end();
          } else {
            b.accept(this);
          }
        }
      }
    }
    return null;
  }

  @Override
  public Void visitComment(Comment comment) {
    return null;
  }

  @Override
  public Void visitDirective(Directive directive) {
    // a Marp setting of the slides: nothing to show in a document
    return null;
  }
}

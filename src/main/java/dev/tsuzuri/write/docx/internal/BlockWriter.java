package dev.tsuzuri.write.docx.internal;

import dev.tsuzuri.outline.Block;
import dev.tsuzuri.outline.BlockVisitor;
import dev.tsuzuri.outline.CodeBlock;
import dev.tsuzuri.outline.Comment;
import dev.tsuzuri.outline.Details;
import dev.tsuzuri.outline.Embed;
import dev.tsuzuri.outline.Figure;
import dev.tsuzuri.outline.Inline;
import dev.tsuzuri.outline.LinkCard;
import dev.tsuzuri.outline.ListBlock;
import dev.tsuzuri.outline.ListItem;
import dev.tsuzuri.outline.Paragraph;
import dev.tsuzuri.outline.Quote;
import dev.tsuzuri.outline.RawHtml;
import dev.tsuzuri.outline.Section;
import dev.tsuzuri.outline.Table;
import dev.tsuzuri.outline.ThematicBreak;
import java.math.BigInteger;
import java.util.List;
import java.util.function.Consumer;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;

/**
 * Writes blocks into a {@link Target}. Inside list items every paragraph is a "List Paragraph"
 * (numbered for an item's first paragraph; for the rest indented to its level with numbering
 * switched off by {@code w:numId="0"}), because that is what keeps a Word list one list: readers
 * such as pandoc attach such paragraphs to the item before them, while any other paragraph ends
 * the list.
 */
final class BlockWriter implements BlockVisitor<Void> {
  /** Indentation of list level 0, and the step per level, in twentieths of a point. */
  static final int LIST_INDENT = 420;

  private final Conversion cx;
  private final Target target;
  private final int listLevel;
  private final boolean quote;
  private final boolean footnote;

  private BlockWriter(Conversion cx, Target target, int listLevel, boolean quote,
      boolean footnote) {
    this.cx = cx;
    this.target = target;
    this.listLevel = listLevel;
    this.quote = quote;
    this.footnote = footnote;
  }

  /** A writer for the document body. */
  static BlockWriter forBody(Conversion cx, Target target) {
    return new BlockWriter(cx, target, -1, false, false);
  }

  /** A writer for a footnote's content. */
  static BlockWriter forFootnote(Conversion cx, Target target) {
    return new BlockWriter(cx, target, -1, false, true);
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
  }

  /**
   * Starts a paragraph in a style. Inside a list the style becomes "List Paragraph" indented to
   * the level, and {@code inList} adds direct formatting standing in for the lost style.
   */
  CTP paragraph(String styleName, Consumer<CTPPr> inList) {
    CTP p = target.paragraphs().get();
    CTPPr ppr = p.addNewPPr();
    String style = styleName;
    if (listLevel >= 0) {
      style = StyleNames.LIST_PARAGRAPH;
      if (inList != null) {
        inList.accept(ppr);
      } else if (quote) {
        // the quote's left rule, which its lost "Block Text" style would have drawn
        var b = ppr.addNewPBdr().addNewLeft();
        b.setVal(STBorder.SINGLE);
        b.setSz(BigInteger.valueOf(18));
        b.setSpace(BigInteger.valueOf(8));
        b.setColor("BFBFBF");
      }
      // numId 0 is Word's "no numbering": the paragraph continues the item above it instead of
      // starting an item of its own, and readers keep it inside the item
      var numPr = ppr.addNewNumPr();
      numPr.addNewIlvl().setVal(BigInteger.valueOf(listLevel));
      numPr.addNewNumId().setVal(BigInteger.ZERO);
      ppr.addNewInd().setLeft(BigInteger.valueOf((long) LIST_INDENT * (listLevel + 1)));
    } else if (StyleNames.NORMAL.equals(style) && quote) {
      style = StyleNames.BLOCK_TEXT;
    } else if (StyleNames.NORMAL.equals(style) && footnote) {
      style = StyleNames.FOOTNOTE_TEXT;
    }
    if (!StyleNames.NORMAL.equals(style)) {
      ppr.addNewPStyle().setVal(cx.style(style));
    }
    return p;
  }

  InlineWriter inlines(CTP p) {
    return new InlineWriter(cx, target, p, footnote, null);
  }

  @Override
  public Void visitSection(Section s) {
    CTP p = target.paragraphs().get();
    p.addNewPPr().addNewPStyle().setVal(cx.style(StyleNames.heading(s.level())));
    String name = cx.bookmarks.get(s.id());
    BigInteger id = null;
    if (name != null && !footnote) {
      id = cx.bookmarkId();
      CTBookmark start = p.addNewBookmarkStart();
      start.setId(id);
      start.setName(name);
    }
    inlines(p).write(s.title());
    if (id != null) {
      p.addNewBookmarkEnd().setId(id);
    }
    blocks(s.blocks());
    return null;
  }

  @Override
  public Void visitParagraph(Paragraph paragraph) {
    CTP p = paragraph(StyleNames.NORMAL, null);
    inlines(p).write(paragraph.inlines());
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
    BigInteger numId = cx.lists.newList(list.ordered(), list.start(), level);
    BlockWriter inner = new BlockWriter(cx, target, level, quote, footnote);
    for (ListItem item : list.items()) {
      CTP p = target.paragraphs().get();
      CTPPr ppr = p.addNewPPr();
      ppr.addNewPStyle().setVal(cx.style(StyleNames.LIST_PARAGRAPH));
      var numPr = ppr.addNewNumPr();
      numPr.addNewIlvl().setVal(BigInteger.valueOf(level));
      numPr.addNewNumId().setVal(numId);
      InlineWriter w = inlines(p);
      if (item.task() != ListItem.Task.NONE) {
        taskBox(p, item.task() == ListItem.Task.DONE);
      }
      w.write(item.lead());
      inner.blocks(item.rest());
    }
    return null;
  }

  private void taskBox(CTP p, boolean done) {
    CTR box = p.addNewR();
    var f = box.addNewRPr().addNewRFonts();
    f.setAscii(Fonts.SYMBOLS);
    f.setHAnsi(Fonts.SYMBOLS);
    f.setEastAsia(Fonts.SYMBOLS);
    f.setCs(Fonts.SYMBOLS);
    // U+2612 is the glyph Word's own check-box content control shows when ticked
    InlineWriter.setText(box.addNewT(), done ? "\u2612" : "\u2610");
    InlineWriter.setText(p.addNewR().addNewT(), " ");
  }

  @Override
  public Void visitCodeBlock(CodeBlock code) {
    CTP p = paragraph(StyleNames.SOURCE_CODE, ppr -> {
      var shd = ppr.addNewShd();
      shd.setVal(STShd.CLEAR);
      shd.setColor("auto");
      shd.setFill("F3F3F3");
    });
    cx.codeText(code.code());
    RunFormat direct = listLevel >= 0 ? RunFormat.monospace() : null;
    InlineWriter w = new InlineWriter(cx, target, p, footnote, direct);
    for (CodeHighlighter.Token t : CodeHighlighter.tokens(code.language(), code.code())) {
      w.text(t.text(), switch (t.kind()) {
        case KEYWORD -> StyleNames.KEYWORD_TOKEN;
        case STRING -> StyleNames.STRING_TOKEN;
        case COMMENT -> StyleNames.COMMENT_TOKEN;
        case NUMBER -> StyleNames.NUMBER_TOKEN;
        case PLAIN -> null;
      });
    }
    return null;
  }

  @Override
  public Void visitQuote(Quote q) {
    new BlockWriter(cx, target, listLevel, true, footnote).blocks(q.blocks());
    return null;
  }

  @Override
  public Void visitTable(Table table) {
    if (target.tables() == null) {
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
    CTP p = paragraph(StyleNames.NORMAL, null);
    InlineWriter w = inlines(p);
    boolean first = true;
    for (Table.Cell c : r.cells()) {
      if (!first) {
        w.text(" | ");
      }
      first = false;
      w.write(c.content());
    }
  }

  @Override
  public Void visitFigure(Figure figure) {
    CTP p = paragraph(StyleNames.FIGURE, null);
    Images.figure(cx, target, p, figure);
    if (!figure.caption().isEmpty()) {
      CTP c = paragraph(StyleNames.CAPTION, null);
      inlines(c).write(figure.caption());
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
    CTP p = paragraph(StyleNames.LINK_CARD, ppr -> {
      var b = ppr.addNewPBdr().addNewLeft();
      b.setVal(STBorder.SINGLE);
      b.setSz(BigInteger.valueOf(18));
      b.setSpace(BigInteger.valueOf(6));
      b.setColor("2E75B6");
    });
    InlineWriter w = inlines(p);
    // a card without a title shows its address once, as the title
    Inline.Text titleText = new Inline.Text(title.isBlank() ? url : title);
    w.write(List.of(new Inline.Strong(List.of(new Inline.Link(url, "", List.of(titleText))))));
    if (!description.isBlank()) {
      w.lineBreak();
      w.text(description);
    }
    if (title.isBlank()) {
      return;
    }
    w.lineBreak();
    w.write(List.of(new Inline.Link(url, "", List.of(new Inline.Text(url)))));
    if (!domain.isBlank() && !url.contains(domain)) {
      w.text(" (" + domain + ")");
    }
  }

  @Override
  public Void visitDetails(Details details) {
    CTP p = paragraph(StyleNames.DETAILS_SUMMARY, null);
    InlineWriter w = inlines(p);
    w.text("\u25BC ");
    w.write(details.summary());
    blocks(details.blocks());
    return null;
  }

  @Override
  public Void visitThematicBreak(ThematicBreak rule) {
    paragraph(StyleNames.HORIZONTAL_RULE, ppr -> {
      var b = ppr.addNewPBdr().addNewBottom();
      b.setVal(STBorder.SINGLE);
      b.setSz(BigInteger.valueOf(6));
      b.setSpace(BigInteger.ONE);
      b.setColor("A6A6A6");
    });
    return null;
  }

  @Override
  public Void visitRawHtml(RawHtml html) {
    String text = HtmlText.of(html.html());
    if (text.isBlank()) {
      cx.warnOnce(html.line(), "raw HTML block left out of the Word document");
      return null;
    }
    cx.warnOnce(html.line(), "raw HTML block shown as text in the Word document");
    CTP p = paragraph(StyleNames.NORMAL, null);
    inlines(p).text(text);
    return null;
  }

  @Override
  public Void visitComment(Comment comment) {
    return null;
  }
}

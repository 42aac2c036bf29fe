package dev.tsuzuri.write.json;

import dev.tsuzuri.json.JsonOut;
import dev.tsuzuri.outline.Block;
import dev.tsuzuri.outline.BlockVisitor;
import dev.tsuzuri.outline.Callout;
import dev.tsuzuri.outline.CodeBlock;
import dev.tsuzuri.outline.Comment;
import dev.tsuzuri.outline.DefinitionList;
import dev.tsuzuri.outline.Details;
import dev.tsuzuri.outline.Directive;
import dev.tsuzuri.outline.Document;
import dev.tsuzuri.outline.Embed;
import dev.tsuzuri.outline.Figure;
import dev.tsuzuri.outline.Footnote;
import dev.tsuzuri.outline.LinkCard;
import dev.tsuzuri.outline.ListBlock;
import dev.tsuzuri.outline.ListItem;
import dev.tsuzuri.outline.Metadata;
import dev.tsuzuri.outline.Paragraph;
import dev.tsuzuri.outline.Quote;
import dev.tsuzuri.outline.Section;
import dev.tsuzuri.outline.Table;
import dev.tsuzuri.outline.ThematicBreak;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The outline as JSON, like {@code pandoc -t json}: every block is an object with its type in
 * {@code "t"} and its source line, inlines are written by {@link InlineJson}. The layout is
 * versioned by {@code "tsuzuri-api-version"}.
 */
public final class OutlineJson implements BlockVisitor<Void> {
  /**
   * The version of this JSON layout: the first number is bumped when a field changes meaning or
   * goes away, the second when something is added. 2.0: raw HTML is read into the outline (no
   * more {@code RawHtml} and {@code Html}); table cells are objects with their spans; images and
   * figures have a size hint; {@code DefinitionList} blocks and {@code Styled} inlines. 2.1:
   * {@code Callout} blocks (admonitions, alerts, tabs). 2.2: {@code notes}, after {@code meta}
   * and only when there is one: what was read but is not applied (a Marp deck's theme).
   */
  public static final List<Integer> API_VERSION = List.of(2, 2);

  private final JsonOut out;
  private final InlineJson inlines;

  private OutlineJson(JsonOut out) {
    this.out = out;
    this.inlines = new InlineJson(out);
  }

  /** The whole document as a JSON text (ending with a newline). */
  public static String of(Document document) {
    JsonOut out = new JsonOut();
    OutlineJson json = new OutlineJson(out);
    out.beginObject();
    out.name("tsuzuri-api-version").any(API_VERSION);
    out.name("meta");
    json.meta(document.metadata());
    String themeNote = dev.tsuzuri.write.MarpDeck.themeNote(document);
    if (!themeNote.isEmpty()) {
      // what was read but is not applied: only a Marp deck's theme so far
      out.name("notes").beginArray();
      out.element().value(themeNote);
      out.endArray();
    }
    out.name("blocks");
    json.blocks(document.blocks());
    out.name("footnotes").beginArray();
    for (Footnote f : document.footnotes()) {
      out.element().beginObject();
      out.name("label").value(f.label());
      out.name("number").value(f.number());
      out.name("blocks");
      json.blocks(f.blocks());
      out.endObject();
    }
    out.endArray();
    out.endObject();
    return out + "\n";
  }

  private void meta(Metadata m) {
    out.beginObject();
    out.name("title").value(m.title());
    out.name("description").value(m.description());
    out.name("authors").any(m.authors());
    out.name("date").value(date(m.date()));
    out.name("lastmod").value(date(m.lastmod()));
    out.name("tags").any(m.tags());
    out.name("categories").any(m.categories());
    out.name("draft").value(m.draft());
    out.name("lang").value(m.lang());
    out.name("extra").any(new java.util.TreeMap<>(m.extra()));
    out.endObject();
  }

  private static String date(OffsetDateTime d) {
    return d == null ? null : d.toString();
  }

  private void blocks(List<Block> blocks) {
    out.beginArray();
    for (Block b : blocks) {
      out.element();
      b.accept(this);
    }
    out.endArray();
  }

  private void begin(String type, Block b) {
    out.beginObject();
    out.name("t").value(type);
    out.name("line").value(b.line());
  }

  @Override
  public Void visitSection(Section s) {
    begin("Section", s);
    out.name("level").value(s.level());
    out.name("id").value(s.id());
    out.name("title");
    inlines.all(s.title());
    out.name("blocks");
    blocks(s.blocks());
    out.endObject();
    return null;
  }

  @Override
  public Void visitParagraph(Paragraph p) {
    begin("Paragraph", p);
    out.name("c");
    inlines.all(p.inlines());
    out.endObject();
    return null;
  }

  @Override
  public Void visitList(ListBlock l) {
    begin("List", l);
    out.name("ordered").value(l.ordered());
    out.name("start").value(l.start());
    out.name("tight").value(l.tight());
    out.name("items").beginArray();
    for (ListItem item : l.items()) {
      out.element().beginObject();
      out.name("line").value(item.line());
      out.name("task").value(item.task().name().toLowerCase(java.util.Locale.ROOT));
      out.name("blocks");
      blocks(item.blocks());
      out.endObject();
    }
    out.endArray();
    out.endObject();
    return null;
  }

  @Override
  public Void visitCodeBlock(CodeBlock c) {
    begin("CodeBlock", c);
    out.name("language").value(c.language());
    out.name("code").value(c.code());
    out.endObject();
    return null;
  }

  @Override
  public Void visitQuote(Quote q) {
    begin("Quote", q);
    out.name("blocks");
    blocks(q.blocks());
    out.endObject();
    return null;
  }

  @Override
  public Void visitTable(Table t) {
    begin("Table", t);
    out.name("alignments").beginArray();
    for (Table.Alignment a : t.alignments()) {
      out.element().value(a.name().toLowerCase(java.util.Locale.ROOT));
    }
    out.endArray();
    out.name("header");
    rows(t.header());
    out.name("body");
    rows(t.body());
    out.endObject();
    return null;
  }

  private void rows(List<Table.Row> rows) {
    out.beginArray();
    for (Table.Row r : rows) {
      out.element().beginArray();
      for (Table.Cell c : r.cells()) {
        out.element().beginObject();
        out.name("colspan").value(c.colspan());
        out.name("rowspan").value(c.rowspan());
        out.name("c");
        inlines.all(c.content());
        out.endObject();
      }
      out.endArray();
    }
    out.endArray();
  }

  @Override
  public Void visitFigure(Figure f) {
    begin("Figure", f);
    out.name("src").value(f.src());
    out.name("alt").value(f.alt());
    out.name("title").value(f.title());
    out.name("caption");
    inlines.all(f.caption());
    out.name("link").value(f.link());
    out.name("width").value(f.size().width());
    out.name("height").value(f.size().height());
    out.endObject();
    return null;
  }

  @Override
  public Void visitLinkCard(LinkCard c) {
    begin("LinkCard", c);
    out.name("url").value(c.url());
    out.name("title").value(c.title());
    out.name("description").value(c.description());
    out.endObject();
    return null;
  }

  @Override
  public Void visitEmbed(Embed e) {
    begin("Embed", e);
    out.name("kind").value(e.kind());
    out.name("url").value(e.url());
    out.name("label").value(e.label());
    out.endObject();
    return null;
  }

  @Override
  public Void visitDetails(Details d) {
    begin("Details", d);
    out.name("summary");
    inlines.all(d.summary());
    out.name("blocks");
    blocks(d.blocks());
    out.endObject();
    return null;
  }

  @Override
  public Void visitCallout(Callout c) {
    begin("Callout", c);
    out.name("kind").value(c.kind().id());
    out.name("title");
    inlines.all(c.title());
    out.name("blocks");
    blocks(c.blocks());
    out.endObject();
    return null;
  }

  @Override
  public Void visitThematicBreak(ThematicBreak rule) {
    begin("ThematicBreak", rule);
    out.endObject();
    return null;
  }

  @Override
  public Void visitDefinitionList(DefinitionList d) {
    begin("DefinitionList", d);
    out.name("items").beginArray();
    for (DefinitionList.Item item : d.items()) {
      out.element().beginObject();
      out.name("term");
      inlines.all(item.term());
      out.name("definitions").beginArray();
      for (List<Block> definition : item.definitions()) {
        out.element();
        blocks(definition);
      }
      out.endArray();
      out.endObject();
    }
    out.endArray();
    out.endObject();
    return null;
  }

  @Override
  public Void visitComment(Comment c) {
    begin("Comment", c);
    out.name("text").value(c.text());
    out.endObject();
    return null;
  }

  @Override
  public Void visitDirective(Directive d) {
    begin("Directive", d);
    out.name("name").value(d.name());
    out.name("value").value(d.value());
    out.name("spot").value(d.spot());
    out.endObject();
    return null;
  }
}

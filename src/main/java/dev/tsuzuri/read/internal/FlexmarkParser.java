package dev.tsuzuri.read.internal;

import com.vladsch.flexmark.ext.emoji.EmojiExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.ParserEmulationProfile;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import java.util.ArrayList;
import java.util.List;

/**
 * The one configured flexmark parser: the CommonMark profile (it nests both 2- and 4-space
 * bullets) with GFM tables, footnotes, strikethrough, task lists, autolinks and emoji
 * shortcodes, and the same without tables. A flexmark {@code Parser} is immutable and safe to share between threads. Its inline parser is {@link
 * LinearInlineParser}, which keeps pathological paragraphs linear.
 */
final class FlexmarkParser {
  private static final Parser PARSER = build(true);
  /** HTML for {@link MarkdownHtml}, with the same extensions as the parser. */
  private static final com.vladsch.flexmark.html.HtmlRenderer RENDERER =
      com.vladsch.flexmark.html.HtmlRenderer.builder(options(true)).build();
  private static final Parser WITHOUT_TABLES = build(false);

  private FlexmarkParser() {}

  static Document parse(String markdown) {
    return PARSER.parse(markdown);
  }

  /**
   * The text parsed with tables read as plain paragraphs: for text on which flexmark's table
   * pre-processor fails (found by fuzzing: tab-indented delimiter rows make it cut a negative
   * range). Tables are the only extension that rewrites paragraphs before inline parsing.
   */
  static Document parseWithoutTables(String markdown) {
    return WITHOUT_TABLES.parse(markdown);
  }

  /** A parsed document as HTML. */
  static String html(Document document) {
    return RENDERER.render(document);
  }

  private static Parser build(boolean tables) {
    MutableDataSet options = options(tables);
    // a custom inline parser turns off flexmark's own link reference definitions: add them back
    return Parser.builder(options)
        .customInlineParserFactory(LinearInlineParser.FACTORY)
        .paragraphPreProcessorFactory(new ReferencePreProcessorFactory())
        .build();
  }

  private static MutableDataSet options(boolean tables) {
    MutableDataSet options = new MutableDataSet();
    options.setFrom(ParserEmulationProfile.COMMONMARK);
    List<Extension> extensions = new ArrayList<>(List.of(FootnoteExtension.create(),
        StrikethroughExtension.create(), TaskListExtension.create(), new GuardedAutolinkExtension(),
        EmojiExtension.create()));
    if (tables) {
      extensions.add(0, TablesExtension.create());
    }
    options.set(Parser.EXTENSIONS, extensions);
    options.set(TablesExtension.COLUMN_SPANS, false);
    options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
    options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
    options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
    options.set(TablesExtension.WITH_CAPTION, false);
    return options;
  }
}

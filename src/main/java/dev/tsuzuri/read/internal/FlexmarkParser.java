package dev.tsuzuri.read.internal;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
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
import java.util.List;

/**
 * The one configured flexmark parser: the CommonMark profile (it nests both 2- and 4-space
 * bullets) with GFM tables, footnotes, strikethrough, task lists, autolinks and emoji shortcodes. A flexmark
 * {@code Parser} is immutable and safe to share between threads. Link labels are found by
 * {@link LinearLabels}, in linear time.
 */
final class FlexmarkParser {
  private static final Parser PARSER = build();

  private FlexmarkParser() {}

  static Document parse(String markdown) {
    return PARSER.parse(markdown);
  }

  private static Parser build() {
    MutableDataSet options = new MutableDataSet();
    options.setFrom(ParserEmulationProfile.COMMONMARK);
    options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), FootnoteExtension.create(),
        StrikethroughExtension.create(), TaskListExtension.create(), AutolinkExtension.create(),
        EmojiExtension.create()));
    options.set(TablesExtension.COLUMN_SPANS, false);
    options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
    options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
    options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
    options.set(TablesExtension.WITH_CAPTION, false);
    // flexmark adds the reference-definition pre-processor only for its own inline parser
    return Parser.builder(options).customInlineParserFactory(LinearLabels.FACTORY)
        .paragraphPreProcessorFactory(new ReferencePreProcessorFactory()).build();
  }
}

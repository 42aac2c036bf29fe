package dev.tsuzuri.read.internal;

import dev.tsuzuri.diag.TsuzuriException;
import dev.tsuzuri.diag.WarningSink;
import dev.tsuzuri.outline.Block;
import dev.tsuzuri.outline.Footnote;
import dev.tsuzuri.outline.Inline;
import dev.tsuzuri.outline.Paragraph;
import dev.tsuzuri.read.ReadOptions;
import dev.tsuzuri.read.Shortcode;
import dev.tsuzuri.read.ShortcodeContext;
import dev.tsuzuri.read.ShortcodeHandler;
import dev.tsuzuri.read.ShortcodeTemplates.Rendering;
import dev.tsuzuri.read.internal.html.HtmlContext;
import dev.tsuzuri.read.internal.html.HtmlReader;
import dev.tsuzuri.read.internal.html.Part;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The state of reading one note: warnings, heading ids, footnote numbers. Fragments (the note's
 * body and the inner Markdown of paired shortcodes) share it. Not thread-safe: one per read.
 *
 * <p>Shortcode handlers that produce HTML read it with {@link #htmlBlocks} and {@link
 * #htmlInlines} (see {@link HtmlReader} for what each element becomes).
 */
public final class ReadSession implements ShortcodeContext, HtmlContext {
  private final ReadOptions options;
  private final WarningSink warnings;
  private final String source;
  final AnchorIds ids = new AnchorIds();
  private final Map<String, Integer> footnoteNumbers = new HashMap<>();
  private final Deque<PendingFootnote> pendingFootnotes = new ArrayDeque<>();
  private final List<Footnote> footnotes = new ArrayList<>();
  private final Map<String, Integer> definedFootnotes = new java.util.LinkedHashMap<>();
  private int fragmentDepth;
  private final HtmlReader html = new HtmlReader(this);
  private boolean droppedReported;
  private String pageTitle = "";

  private record PendingFootnote(OutlineBuilder builder,
      com.vladsch.flexmark.ext.footnotes.FootnoteBlock block, String label, int number) {}

  public ReadSession(ReadOptions options, WarningSink warnings, String source) {
    this.options = options;
    this.warnings = warnings;
    this.source = source;
  }

  ReadOptions options() {
    return options;
  }

  String source() {
    return source;
  }

  /** Reads the note's body: Markdown after the front matter, starting at {@code firstLine}. */
  public List<Block> body(String markdown, int firstLine) {
    List<Block> blocks = fragment(markdown, firstLine);
    while (!pendingFootnotes.isEmpty()) {
      PendingFootnote p = pendingFootnotes.poll();
      footnotes.add(new Footnote(p.label(), p.number(), p.builder().blocksOf(p.block())));
    }
    footnotes.sort(java.util.Comparator.comparingInt(Footnote::number));
    definedFootnotes.forEach((label, line) -> {
      if (!footnoteNumbers.containsKey(label)) {
        warn(line, "footnote [^" + label + "] is never referenced; left out");
      }
    });
    return blocks;
  }

  /** The footnotes referenced so far, in number order. */
  public List<Footnote> footnotes() {
    return List.copyOf(footnotes);
  }

  private List<Block> fragment(String markdown, int firstLine) {
    Prepared prepared = Prepass.run(markdown, firstLine, options.shortcodes(), this::warn);
    NestingGuard.check(prepared, options.maxNestingDepth(), source);
    ParagraphGuard.check(prepared, source);
    BacktickGuard.check(prepared, source);
    com.vladsch.flexmark.util.ast.Document document = null;
    if (!EmphasisGuard.tooManyDelimiters(prepared.text())) {
      try {
        document = parse(prepared, firstLine);
      } catch (StackOverflowError e) {
        document = null; // nested deeper than this thread's stack: read flat below
      }
    }
    if (document == null) {
      // emphasis or links nested thousands deep: read again without them rather than fail
      warn(firstLine, "emphasis or links are nested too deeply to read; the text is kept"
          + " without them");
      prepared = Prepass.runFlat(markdown, firstLine, options.shortcodes(), (l, m) -> { });
      document = parse(prepared, firstLine);
    }
    for (int offset : GuardedAutolinkExtension.skipped(document)) {
      warn(prepared.noteLine(offset), "text with too many backslash escapes or entities in a"
          + " row to search for bare links in reasonable time; any address in it is kept as"
          + " text");
    }
    return new OutlineBuilder(this, prepared, document).blocksOf(document);
  }

  /**
   * flexmark's document for the prepared text. flexmark has bugs of its own on odd input (its
   * table pre-processor cuts a negative range on some tab-indented delimiter rows): the text is
   * then read again with tables as plain text, and a failure of that too is the note's error.
   */
  private com.vladsch.flexmark.util.ast.Document parse(Prepared prepared, int firstLine) {
    try {
      return FlexmarkParser.parse(prepared.text());
    } catch (RuntimeException e) {
      warn(firstLine, "the Markdown parser failed on this note (" + e.getClass().getSimpleName()
          + "); it is read again with its tables as plain text");
    }
    try {
      return FlexmarkParser.parseWithoutTables(prepared.text());
    } catch (RuntimeException e) {
      throw new TsuzuriException(source, firstLine, "the Markdown parser (flexmark) failed on"
          + " this note: " + e);
    }
  }

  /** The number of a footnote, given at its first reference; its content is read later. */
  int footnoteNumber(OutlineBuilder builder,
      com.vladsch.flexmark.ext.footnotes.FootnoteBlock block, String label) {
    Integer n = footnoteNumbers.get(label);
    if (n == null) {
      n = footnoteNumbers.size() + 1;
      footnoteNumbers.put(label, n);
      pendingFootnotes.add(new PendingFootnote(builder, block, label, n));
    }
    return n;
  }

  /** Notes a footnote definition met in the text, to report it if nothing refers to it. */
  void footnoteDefined(String label, int line) {
    definedFootnotes.putIfAbsent(label, line);
  }

  /**
   * The block form of a shortcode standing alone on its line: its handler's (a mapping's or a
   * built-in one), else its site template's output, else a picture for a {@code src=}, else
   * the shortcode as text with a warning.
   */
  List<Block> shortcodeBlocks(Shortcode sc) {
    Optional<ShortcodeHandler> handler = Shortcodes.find(options.shortcodes(), sc.name());
    if (handler.isPresent()) {
      try {
        return handler.get().block(sc, this);
      } catch (RuntimeException e) {
        warn(sc.line(), "shortcode '" + sc.name() + "' could not be read (" + e.getMessage()
            + "); kept as text");
        return List.of(new Paragraph(List.of(new Inline.Code(sc.source())), sc.line()));
      }
    }
    Rendering r = options.shortcodes().templates().render(sc, this);
    if (r.rendered()) {
      return markdownCall(sc) ? blocks(r.output(), sc.line()) : htmlBlocks(r.output(), sc.line());
    }
    Optional<ShortcodeHandler> picture = Shortcodes.picture(options.shortcodes(), sc);
    if (picture.isPresent()) {
      return picture.get().block(sc, this);
    }
    List<Inline> text = unknown(sc, r);
    if (!sc.paired()) {
      return List.of(new Paragraph(text, sc.line()));
    }
    // a paired call whose template failed: its inner text is kept between the tags
    List<Block> out = new ArrayList<>();
    out.add(new Paragraph(text, sc.line()));
    out.addAll(blocks(sc.inner(), sc.line()));
    out.add(new Paragraph(List.of(new Inline.Code(closer(sc))), sc.line()));
    return out;
  }

  /** The inline form of a shortcode inside running text, found as {@link #shortcodeBlocks}. */
  List<Inline> shortcodeInlines(Shortcode sc) {
    Optional<ShortcodeHandler> handler = Shortcodes.find(options.shortcodes(), sc.name());
    if (handler.isPresent()) {
      try {
        return handler.get().inline(sc, this);
      } catch (RuntimeException e) {
        warn(sc.line(), "shortcode '" + sc.name() + "' could not be read (" + e.getMessage()
            + "); kept as text");
        return List.of(new Inline.Code(sc.source()));
      }
    }
    Rendering r = options.shortcodes().templates().render(sc, this);
    if (r.rendered()) {
      return markdownCall(sc) ? inlines(r.output()) : htmlInlines(r.output(), sc.line());
    }
    Optional<ShortcodeHandler> picture = Shortcodes.picture(options.shortcodes(), sc);
    if (picture.isPresent()) {
      return picture.get().inline(sc, this);
    }
    List<Inline> text = unknown(sc, r);
    if (!sc.paired()) {
      return text;
    }
    List<Inline> out = new ArrayList<>(text);
    out.addAll(inlines(sc.inner()));
    out.add(new Inline.Code(closer(sc)));
    return out;
  }

  /** True for a {@code {{% %}}} call, whose output Hugo reads as Markdown. */
  private static boolean markdownCall(Shortcode sc) {
    return sc.source().startsWith("{{%");
  }

  private static String closer(Shortcode sc) {
    return markdownCall(sc) ? "{{% /" + sc.name() + " %}}" : "{{< /" + sc.name() + " >}}";
  }

  /** The shortcode as text, with a warning naming it and how to have it read. */
  private List<Inline> unknown(Shortcode sc, Rendering r) {
    String name = sc.name().startsWith("/") ? sc.name().substring(1) : sc.name();
    String fix = "map it in tsuzuri.yaml (shortcodes: {" + name + ": {as: link, figure, inner"
        + " or drop}})";
    if (!r.unsupported().isEmpty()) {
      warn(sc.line(), "shortcode '" + name + "' kept as text: its template " + r.template()
          + " uses " + r.unsupported() + ", which tsuzuri does not evaluate; " + fix);
    } else {
      warn(sc.line(), "unknown shortcode '" + name + "' kept as text; " + fix
          + " or give the site a template for it");
    }
    return List.of(new Inline.Code(sc.source()));
  }

  /** The note's title, for site templates' {@code .Page.Title}. */
  @Override
  public String pageTitle() {
    return pageTitle;
  }

  /** Sets the note's title (from its front matter) before the body is read. */
  public void pageTitle(String title) {
    this.pageTitle = title == null ? "" : title;
  }

  @Override
  public List<Block> blocks(String markdown, int firstLine) {
    if (fragmentDepth >= options.maxNestingDepth()) {
      warn(firstLine, "shortcodes nested too deeply; inner text kept as it is");
      return List.of(new Paragraph(List.of(new Inline.Text(markdown.strip())), firstLine));
    }
    fragmentDepth++;
    try {
      return fragment(markdown, firstLine);
    } finally {
      fragmentDepth--;
    }
  }

  @Override
  public List<Inline> inlines(String markdown) {
    List<Inline> out = new ArrayList<>();
    for (Block b : blocks(markdown, 0)) {
      if (b instanceof Paragraph p) {
        if (!out.isEmpty()) {
          out.add(new Inline.Text(" "));
        }
        out.addAll(p.inlines());
      }
    }
    return out;
  }

  @Override
  public void warn(int line, String message) {
    warnings.warn(line, message);
  }

  /** The HTML reader of this note. */
  HtmlReader html() {
    return html;
  }

  /**
   * Reads HTML (raw HTML of a note, or what a shortcode template produces) into blocks, headings
   * nested into sections with ids unique in the note.
   *
   * @param html the HTML as written; image addresses stay as written (writers resolve them)
   * @param line the note line it starts on
   */
  public List<Block> htmlBlocks(String html, int line) {
    return this.html.blocks(html, line);
  }

  /**
   * Reads HTML into inlines, as one paragraph (block elements inside become lines).
   *
   * @param html the HTML as written
   * @param line the note line it starts on
   */
  public List<Inline> htmlInlines(String html, int line) {
    return this.html.inlines(html, line);
  }

  @Override
  public void dropped(int line, String what) {
    if (!droppedReported) {
      droppedReported = true;
      warn(line, "raw HTML: " + what + " dropped (scripts, styles, forms, event handlers and"
          + " players are never kept; this note may have more)");
    }
  }

  @Override
  public List<Block> nest(List<Part> parts) {
    List<HeadingMark> marks = new ArrayList<>();
    for (Part p : parts) {
      if (p instanceof Part.Heading h) {
        marks.add(new HeadingMark(h.level(), h.title(), h.line(), null));
      } else if (p instanceof Part.Content c) {
        marks.add(HeadingMark.of(c.block()));
      }
    }
    return SectionNester.nest(marks, ids);
  }
}

package dev.tsuzuri.slide;

import dev.tsuzuri.outline.Block;
import dev.tsuzuri.outline.Callout;
import dev.tsuzuri.outline.CodeBlock;
import dev.tsuzuri.outline.Comment;
import dev.tsuzuri.outline.Details;
import dev.tsuzuri.outline.Figure;
import dev.tsuzuri.outline.ListBlock;
import dev.tsuzuri.outline.ListItem;
import dev.tsuzuri.outline.Table;
import dev.tsuzuri.outline.TableGrid;
import dev.tsuzuri.outline.ThematicBreak;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a chunk of entries into slides: section slides for session and part headings, content
 * slides titled by deeper headings or by a top-level bullet that has children, and slides of
 * their own for code, tables and images. Text is paginated by measurement through a {@link Fit}.
 */
final class SlideBuilder {
  private final Fit fit;
  private final int sessionLevel;
  private final String contSuffix;
  private final boolean japanese;
  private final List<Slide> slides = new ArrayList<>();

  /** A bullet whose lines, children included, are no more than this shares a slide. */
  static final int SHORT_ITEM_LINES = 3;

  /** Tables with more columns than this are shown as lines of text. */
  static final int MAX_TABLE_COLUMNS = 12;

  /** The title of the slides being filled: the nearest heading. */
  private List<Run> title;
  /** The title one level up, used when a title does not fit. */
  private List<Run> outerTitle;
  /** Short lines collected to share a slide. */
  private final List<Line> shared = new ArrayList<>();
  private int sharedLine;
  /** Headings with nothing under them yet, shown as lines on the next slide. */
  private final List<Line> emptyHeadings = new ArrayList<>();
  private int emptyHeadingLine;
  private final List<String> pendingNotes = new ArrayList<>();
  /** True while the title comes from a heading no slide has shown yet. */
  private boolean titleIsPending;

  SlideBuilder(Fit fit, int sessionLevel, boolean japanese, List<Run> initialTitle) {
    this.fit = fit;
    this.japanese = japanese;
    this.sessionLevel = sessionLevel;
    this.contSuffix = Runs.continued(japanese);
    this.title = initialTitle;
    this.outerTitle = initialTitle;
  }

  List<Slide> slides() {
    flushShared();
    flushEmptyHeadings();
    if (!pendingNotes.isEmpty() && !slides.isEmpty()) {
      attachNotes(List.copyOf(pendingNotes));
    }
    return slides;
  }

  void add(Entry e) {
    if (e instanceof Entry.Heading h) {
      heading(h);
    } else if (e instanceof Entry.Content c) {
      block(c.block());
    }
  }

  private void heading(Entry.Heading h) {
    flushShared();
    if (h.level() <= sessionLevel) {
      flushEmptyHeadings();
      slides.add(new Slide(Slide.Layout.SECTION, h.title(), List.of(), null, null, takeNotes(),
          h.line()));
      title = h.title();
      outerTitle = h.title();
      return;
    }
    // a deeper heading titles the slides that follow; if the previous one got no content, it
    // is kept as a line so its text is not lost
    if (titleIsPending) {
      if (emptyHeadings.isEmpty()) {
        emptyHeadingLine = h.line();
      }
      emptyHeadings.add(Line.of(0, Line.Kind.PLAIN, "", Runs.bold(title)));
    }
    outerTitle = titleIsPending ? outerTitle : title;
    title = h.title();
    titleIsPending = true;
  }

  private void block(Block b) {
    if (b instanceof Comment c) {
      notes(c.text());
    } else if (b instanceof Details d && isNotes(d)) {
      List<String> texts = new ArrayList<>();
      for (Line l : BlockLines.of(d.blocks(), 0)) {
        texts.add(l.text());
      }
      notes(String.join("\n", texts));
    } else if (b instanceof ListBlock list) {
      list(list);
      pictures(b);
    } else if (b instanceof CodeBlock code) {
      flushShared();
      code(code);
    } else if (b instanceof Table table) {
      flushShared();
      table(table);
      pictures(b);
    } else if (b instanceof Figure figure) {
      flushShared();
      figure(figure);
    } else if (b instanceof Callout c) {
      flushShared();
      callout(c);
      pictures(b);
    } else if (b instanceof ThematicBreak) {
      flushShared();
    } else {
      List<Line> lines = BlockLines.of(List.of(b), 0);
      if (!lines.isEmpty()) {
        share(lines, b.line());
      }
      pictures(b);
    }
  }

  /** A picture slide for each picture inside a block's text, after that text. */
  private void pictures(Block b) {
    List<Figure> nested = NestedPictures.in(b);
    if (nested.isEmpty()) {
      return;
    }
    flushShared();
    nested.forEach(this::figure);
  }

  private static boolean isNotes(Details d) {
    String s = Runs.text(Runs.of(d.summary())).trim().toLowerCase(java.util.Locale.ROOT);
    return s.equals("notes") || s.equals("note") || s.equals("speaker notes");
  }

  private void list(ListBlock list) {
    for (int i = 0; i < list.items().size(); i++) {
      ListItem item = list.items().get(i);
      Line lead = BlockLines.itemLine(list, i, item, 0);
      List<Line> subtree = new ArrayList<>();
      BlockLines.addItem(list, i, item, 0, subtree);
      boolean hasChildren = !item.rest().isEmpty() && !lead.runs().isEmpty();
      if (!hasChildren || subtree.size() <= SHORT_ITEM_LINES) {
        // a bullet with a child or two is short: it shares a slide like any other
        share(subtree, item.line());
        continue;
      }
      flushShared();
      List<Line> children = BlockLines.of(item.rest(), 0);
      List<Run> itemTitle = new ArrayList<>();
      if (list.ordered()) {
        itemTitle.add(Run.plain(lead.number() + " "));
      }
      itemTitle.addAll(lead.runs());
      List<Line> body = new ArrayList<>(takeEmptyHeadings());
      if (fitsAsTitle(itemTitle)) {
        if (titleIsPending) {
          // the heading above has no text of its own: keep it visible over the bullet's slides
          body.add(Line.of(0, Line.Kind.PLAIN, "", Runs.bold(title)));
        }
        body.addAll(children);
        emitContent(itemTitle, body, item.line());
      } else {
        // the bullet is too long to title a slide: it leads the body under the heading's title
        body.add(lead);
        for (Line c : children) {
          body.add(c.atLevel(c.level() + 1));
        }
        emitContent(title, body, item.line());
      }
      titleIsPending = false;
    }
  }

  private boolean fitsAsTitle(List<Run> t) {
    return fit.titleFits(t) && fit.titleFits(Runs.withSuffix(contSuffix, t));
  }

  private void share(List<Line> lines, int line) {
    if (shared.isEmpty()) {
      sharedLine = line;
    }
    shared.addAll(lines);
  }

  private void flushShared() {
    if (shared.isEmpty()) {
      return;
    }
    List<Line> lines = new ArrayList<>(takeEmptyHeadings());
    lines.addAll(shared);
    shared.clear();
    emitContent(title, lines, sharedLine);
    titleIsPending = false;
  }

  private void flushEmptyHeadings() {
    if (titleIsPending) {
      emptyHeadings.add(Line.of(0, Line.Kind.PLAIN, "", Runs.bold(title)));
      titleIsPending = false;
      title = outerTitle;
    }
    List<Line> lines = takeEmptyHeadings();
    if (!lines.isEmpty()) {
      emitContent(outerTitle, lines, emptyHeadingLine);
    }
  }

  private List<Line> takeEmptyHeadings() {
    List<Line> l = List.copyOf(emptyHeadings);
    emptyHeadings.clear();
    return l;
  }

  /** Content slides for lines under a title, paginated; the title moves into the body when long. */
  private void emitContent(List<Run> slideTitle, List<Line> lines, int line) {
    List<Run> t = slideTitle;
    List<Line> body = lines;
    if (!fitsAsTitle(t)) {
      List<Line> withHeading = new ArrayList<>();
      withHeading.add(Line.of(0, Line.Kind.PLAIN, "", Runs.bold(t)));
      for (Line l : lines) {
        withHeading.add(l.atLevel(l.level() + 1));
      }
      body = withHeading;
      t = fitsAsTitle(outerTitle) ? outerTitle : List.of();
    }
    List<List<Line>> pages = Paginator.paginate(body,
        page -> fit.bodyFits(Slide.Layout.CONTENT, page));
    for (int p = 0; p < pages.size(); p++) {
      slides.add(new Slide(Slide.Layout.CONTENT, p == 0 ? t : Runs.withSuffix(contSuffix, t), pages.get(p), null,
          null, p == 0 ? takeNotes() : List.of(), line));
    }
  }

  private void code(CodeBlock code) {
    List<Line> lines = new ArrayList<>(takeEmptyHeadings());
    for (List<Run> runs : BlockLines.codeLines(code)) {
      lines.add(Line.of(0, Line.Kind.CODE, "", runs));
    }
    paginated(Slide.Layout.CODE, lines, code.line(), null);
  }

  /**
   * Slides whose body is the callout's box: its title in bold, then its content; a long one
   * continues in a box on the next slide.
   */
  private void callout(Callout c) {
    flushEmptyHeadingsAsContent();
    List<Line> lines = new ArrayList<>();
    lines.add(Line.of(0, Line.Kind.PLAIN, "", BlockLines.calloutTitle(c, japanese)));
    lines.addAll(BlockLines.of(c.blocks(), 0));
    paginated(Slide.Layout.CONTENT, lines, c.line(), c.kind());
  }

  /** Slides of these lines under the current title, continued as they fill up. */
  private void paginated(Slide.Layout layout, List<Line> lines, int line, Callout.Kind box) {
    List<List<Line>> pages = Paginator.paginate(lines, page -> fit.bodyFits(layout, page));
    for (int p = 0; p < pages.size(); p++) {
      slides.add(new Slide(layout, p == 0 ? title : Runs.withSuffix(contSuffix, title), pages.get(p), null, null,
          p == 0 ? takeNotes() : List.of(), line, box));
    }
    titleIsPending = false;
  }

  private void table(Table table) {
    if (table.columns() > MAX_TABLE_COLUMNS) {
      // too wide to read as a table on a slide: its rows become lines, one per row
      share(BlockLines.of(List.of(table), 0), table.line());
      flushShared();
      return;
    }
    flushEmptyHeadingsAsContent();
    TableContent all = content(table);
    List<List<List<Run>>> page = new ArrayList<>();
    int emitted = 0;
    for (List<List<Run>> row : all.rows()) {
      page.add(row);
      if (page.size() > 1 && !fit.tableFits(all.withRows(page))) {
        page.remove(page.size() - 1);
        emitTable(all.withRows(page), emitted++, table.line());
        page = new ArrayList<>();
        page.add(row);
      }
    }
    if (!page.isEmpty() || emitted == 0) {
      emitTable(all.withRows(page), emitted, table.line());
    }
    titleIsPending = false;
  }

  /** A table as a slide shows it: alignments, column weights, header and body rows. */
  static TableContent content(Table table) {
    List<String> aligns = new ArrayList<>();
    for (int c = 0; c < table.columns(); c++) {
      switch (table.alignment(c)) {
        case LEFT -> aligns.add("l");
        case CENTER -> aligns.add("ctr");
        case RIGHT -> aligns.add("r");
        default -> aligns.add("");
      }
    }
    List<List<List<Run>>> header;
    List<List<List<Run>>> body;
    if (table.hasSpans()) {
      TableGrid grid = TableGrid.of(table);
      List<List<List<Run>>> all = gridRows(grid);
      header = all.subList(0, grid.headerRows());
      body = all.subList(grid.headerRows(), all.size());
    } else {
      header = rows(table.header());
      body = rows(table.body());
    }
    return new TableContent(aligns, TableContent.weights(table.columns(), header,
        body), header, body, table.hasSpans());
  }

  private void emitTable(TableContent t, int index, int line) {
    slides.add(new Slide(Slide.Layout.TABLE, index == 0 ? title : Runs.withSuffix(contSuffix, title), List.of(), t,
        null, index == 0 ? takeNotes() : List.of(), line));
  }

  private static List<List<List<Run>>> rows(List<Table.Row> rows) {
    List<List<List<Run>>> out = new ArrayList<>();
    for (Table.Row r : rows) {
      List<List<Run>> cells = new ArrayList<>();
      for (Table.Cell c : r.cells()) {
        cells.add(Runs.trim(Runs.of(c.content())));
      }
      out.add(cells);
    }
    return out;
  }

  /**
   * The rows of a table with merged cells, unmerged: a cell's text in its first position, the
   * positions it covers empty (the writer says so).
   */
  private static List<List<List<Run>>> gridRows(TableGrid grid) {
    List<List<List<Run>>> out = new ArrayList<>();
    for (int r = 0; r < grid.rows().size(); r++) {
      List<List<Run>> cells = new ArrayList<>();
      List<TableGrid.Slot> slots = grid.rows().get(r);
      for (int c = 0; c < slots.size(); c++) {
        TableGrid.Slot s = slots.get(c);
        boolean shown = !s.isEmpty() && s.originRow() == r && s.originColumn() == c;
        cells.add(shown ? Runs.trim(Runs.of(s.cell().content())) : List.of());
      }
      out.add(cells);
    }
    return out;
  }

  private void figure(Figure f) {
    flushEmptyHeadingsAsContent();
    List<Run> caption = Runs.trim(Runs.of(f.caption()));
    if (caption.isEmpty() && !f.title().isBlank()) {
      caption = List.of(Run.plain(f.title()));
    }
    slides.add(new Slide(Slide.Layout.IMAGE, title, List.of(), null,
        new Picture(f.src(), f.alt(), caption), takeNotes(), f.line()));
    titleIsPending = false;
  }

  private void flushEmptyHeadingsAsContent() {
    List<Line> lines = takeEmptyHeadings();
    if (!lines.isEmpty()) {
      emitContent(outerTitle, lines, emptyHeadingLine);
    }
  }

  private void notes(String text) {
    if (text.isBlank()) {
      return;
    }
    if (!shared.isEmpty() || slides.isEmpty()) {
      pendingNotes.add(text.trim());
    } else {
      attachNotes(List.of(text.trim()));
    }
  }

  private void attachNotes(List<String> notes) {
    int last = slides.size() - 1;
    slides.set(last, slides.get(last).withNotes(notes));
    pendingNotes.clear();
  }

  private List<String> takeNotes() {
    List<String> n = List.copyOf(pendingNotes);
    pendingNotes.clear();
    return n;
  }
}

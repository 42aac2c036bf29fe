package dev.tsuzuri.slide;

import dev.tsuzuri.outline.Block;
import dev.tsuzuri.outline.CodeBlock;
import dev.tsuzuri.outline.Comment;
import dev.tsuzuri.outline.Details;
import dev.tsuzuri.outline.Directive;
import dev.tsuzuri.outline.Figure;
import dev.tsuzuri.outline.ImageRole;
import dev.tsuzuri.outline.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Makes the slide of one page of a note that cuts its own slides: its first heading is the
 * title, the rest of its text the body; background and side pictures become part of the slide,
 * other comments its notes. A page of headings alone is a section slide, a title page a title
 * slide, a page of code a code slide, a lone table a table slide and a lone picture a picture
 * slide. A body too tall for one slide continues on the next, titled "(cont.)".
 */
final class PageSlides {
  /** A title or section slide's subtitle holds no more lines than this. */
  static final int MAX_SUBTITLE_LINES = 4;
  /** … and no more characters in all. */
  static final int MAX_SUBTITLE_CHARS = 200;
  /**
   * The directive the reader gives a heading holding Marp's {@code <!-- fit -->} comment, on
   * the heading's line.
   */
  static final String FIT = "fit";
  /** The share of the width side pictures take when the note gives none (Marp's default). */
  static final int DEFAULT_SIDE_PERCENT = 50;
  /** The text keeps at least this share of the width beside a side picture. */
  static final int MIN_TEXT_PERCENT = 20;

  /**
   * The body sizes tried for a page too tall for one slide at the layout's sizes: only the floor,
   * since a size between could set a deeper level larger than its layout does (the bundled
   * template sets its levels at 22, 20 and 18 pt, with line pitches in points that do not
   * shrink, so the smaller text wins room by wrapping less).
   */
  static final double[] SMALLER_SIZES = {Fit.MIN_BODY_SIZE};

  /**
   * The code sizes tried, in turn, for a page with code still too tall: code is not body text,
   * so it steps down further, to {@link Fit#MIN_CODE_SIZE}, before the page is continued.
   */
  static final double[] SMALLER_CODE_SIZES = {16, 14, 12, Fit.MIN_CODE_SIZE};

  private final Fit fit;
  private final String contSuffix;

  PageSlides(Fit fit, boolean japanese) {
    this.fit = fit;
    this.contSuffix = Runs.continued(japanese);
  }

  /** What a page holds, sorted by what it becomes. */
  private static final class Content {
    List<Run> title;
    int line;
    /** The title heading's line: a fit directive on it fits the title. */
    int titleLine = -1;
    final List<Line> body = new ArrayList<>();
    final List<Line> subtitle = new ArrayList<>();
    boolean onlyHeadingsAndText = true;
    boolean onlyCode = true;
    int codeBlocks;
    Table table;
    int otherBlocks;
    final List<Directive> directives = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    final List<Page.Backdrop> backgrounds = new ArrayList<>();
    final List<Page.Backdrop> sides = new ArrayList<>();
    ImageRole.Placement side = ImageRole.Placement.INLINE;
    int sidePercent;
    final List<Figure> inline = new ArrayList<>();
  }

  /** The slide (or, for a body too tall, slides) of a page. */
  List<Slide> slides(List<Entry> page, PageSettings settings, boolean first) {
    Content c = new Content();
    for (Entry e : page) {
      if (e instanceof Entry.Heading h) {
        heading(c, h);
      } else if (e instanceof Entry.Content content) {
        block(c, content.block());
      }
    }
    boolean textless = c.body.isEmpty() && c.table == null;
    if (textless && c.inline.size() == 1 && c.sides.isEmpty()) {
      Page look = settings.page(c.directives, c.backgrounds, ImageRole.Placement.INLINE, 0,
          List.of());
      Figure f = c.inline.get(0);
      return List.of(new Slide(Slide.Layout.IMAGE, titleOrEmpty(c), List.of(), null,
          picture(f), c.notes, f.line(), look));
    }
    if (!c.sides.isEmpty()) {
      // as in Marp: once a picture takes a side, the page's other bg pictures join it there
      c.sides.addAll(c.backgrounds);
      c.backgrounds.clear();
    }
    for (Figure f : c.inline) {
      // a picture beside text is shown beside it, as a side picture on the right
      if (c.side == ImageRole.Placement.INLINE) {
        c.side = ImageRole.Placement.RIGHT;
        c.sidePercent = 40;
      }
      c.sides.add(new Page.Backdrop(picture(f), ImageRole.Scale.CONTAIN));
    }
    int sidePercent = c.sides.isEmpty() ? 0 : Math.max(1, Math.min(100 - MIN_TEXT_PERCENT,
        c.sidePercent == 0 ? DEFAULT_SIDE_PERCENT : c.sidePercent));
    Page look = settings.page(c.directives, c.backgrounds,
        c.sides.isEmpty() ? ImageRole.Placement.INLINE : c.side, sidePercent, c.sides);
    for (Directive d : c.directives) {
      if (d.name().equals(FIT) && d.line() == c.titleLine) {
        look = look.withFitTitle();
      }
    }
    List<Run> title = titleOrEmpty(c);
    if (c.title != null && c.onlyHeadingsAndText && c.table == null && !look.hasSide()
        && fitsSubtitle(c) && (first || look.hasClass("title") || look.hasClass("lead")
            || c.body.isEmpty())) {
      List<Line> sub = new ArrayList<>(c.subtitle);
      sub.addAll(c.body);
      Slide.Layout layout = (first || look.hasClass("title")) && !look.hasClass("lead")
          ? Slide.Layout.TITLE : Slide.Layout.SECTION;
      return List.of(new Slide(layout, c.title, plain(sub), null, null, c.notes, c.line, look));
    }
    List<Line> body = new ArrayList<>(c.subtitle);
    if (c.table != null && body.isEmpty() && c.body.isEmpty() && !look.hasSide()) {
      return table(title, c, look);
    }
    if (c.table != null) {
      c.body.addAll(BlockLines.of(List.of(c.table), 0));
    }
    body.addAll(c.body);
    boolean code = c.onlyCode && c.codeBlocks > 0 && c.subtitle.isEmpty() && !look.hasSide();
    Slide.Layout layout = code ? Slide.Layout.CODE : Slide.Layout.CONTENT;
    Fit measure = fit.narrowed(look.textPercent());
    if (!title.isEmpty() && !(measure.titleFits(title) && measure.titleFits(Runs.withSuffix(contSuffix, title)))) {
      // a title too long for its placeholder leads the body instead
      body.add(0, Line.of(0, Line.Kind.PLAIN, "", Runs.bold(title)));
      title = List.of();
    }
    List<List<Line>> pages = body.isEmpty() ? List.of(List.of())
        : Paginator.paginate(body, p -> measure.bodyFits(layout, p));
    if (pages.size() > 1) {
      // the author made this one slide: smaller text keeps it so, if the floors will do
      for (double[] sizes : smallerSizes(body)) {
        Fit smaller = fit.sized(sizes[0], sizes[1]).narrowed(look.textPercent());
        if (smaller.bodyFits(layout, body)) {
          pages = List.of(body);
          look = look.withSizes(sizes[0], sizes[1]);
          break;
        }
      }
    }
    List<Slide> out = new ArrayList<>();
    for (int p = 0; p < pages.size(); p++) {
      out.add(new Slide(layout, p == 0 ? title : Runs.withSuffix(contSuffix, title), pages.get(p), null, null,
          p == 0 ? c.notes : List.of(), c.line, look));
    }
    return out;
  }

  /**
   * The body and code sizes tried in turn for a page too tall at the layout's sizes (0: the
   * layout's or writer's own): body text at its floor first, then code a step smaller each time,
   * with body text as large as the layout sets it before it too is set at its floor. Sizes that
   * would change nothing on these lines are not tried.
   */
  static List<double[]> smallerSizes(List<Line> body) {
    boolean code = false;
    boolean text = false;
    for (Line l : body) {
      if (l.kind() == Line.Kind.CODE) {
        code = true;
      } else {
        text = true;
      }
    }
    List<double[]> out = new ArrayList<>();
    if (text) {
      for (double size : SMALLER_SIZES) {
        out.add(new double[] {size, 0});
      }
    }
    if (code) {
      for (double codeSize : SMALLER_CODE_SIZES) {
        out.add(new double[] {0, codeSize});
        if (text) {
          for (double size : SMALLER_SIZES) {
            out.add(new double[] {size, codeSize});
          }
        }
      }
    }
    return out;
  }

  private void heading(Content c, Entry.Heading h) {
    if (c.title == null) {
      // Marp's fit comment leaves a space where it stood
      c.title = Runs.trim(h.title());
      c.line = h.line();
      c.titleLine = h.line();
    } else if (c.body.isEmpty() && c.table == null) {
      c.subtitle.add(Line.of(0, Line.Kind.PLAIN, "", Runs.bold(h.title())));
    } else {
      c.body.add(Line.of(0, Line.Kind.PLAIN, "", Runs.bold(h.title())));
      c.onlyCode = false;
    }
  }

  private void block(Content c, Block b) {
    if (c.line == 0) {
      c.line = b.line();
    }
    if (b instanceof Directive d) {
      c.directives.add(d);
    } else if (b instanceof Comment comment) {
      if (!comment.text().isBlank()) {
        c.notes.add(comment.text().strip());
      }
    } else if (b instanceof Details d && isNotes(d)) {
      List<String> texts = new ArrayList<>();
      for (Line l : BlockLines.of(d.blocks(), 0)) {
        texts.add(l.text());
      }
      c.notes.add(String.join("\n", texts));
    } else if (b instanceof Figure f) {
      figure(c, f);
    } else if (b instanceof CodeBlock code) {
      c.codeBlocks++;
      c.onlyHeadingsAndText = false;
      for (List<Run> runs : BlockLines.codeLines(code)) {
        c.body.add(Line.of(0, Line.Kind.CODE, "", runs));
      }
    } else if (b instanceof Table t && c.table == null && c.body.isEmpty()
        && t.columns() <= SlideBuilder.MAX_TABLE_COLUMNS) {
      c.table = t;
      c.onlyHeadingsAndText = false;
      c.onlyCode = false;
    } else {
      for (Figure f : NestedPictures.in(b)) {
        figure(c, f);
      }
      for (Line l : BlockLines.of(List.of(b), 0)) {
        if (!l.text().isBlank()) {
          c.body.add(l);
        }
      }
      c.onlyCode = false;
      if (!(b instanceof dev.tsuzuri.outline.Paragraph)) {
        c.onlyHeadingsAndText = false;
      }
    }
  }

  private static void figure(Content c, Figure f) {
    ImageRole role = f.role();
    switch (role.placement()) {
      case BACKGROUND -> c.backgrounds.add(new Page.Backdrop(picture(f), role.scale()));
      case LEFT, RIGHT -> {
        // the first side picture chooses the side; Marp stacks the others on it
        if (c.sides.isEmpty() || c.side == ImageRole.Placement.INLINE) {
          c.side = role.placement();
          c.sidePercent = role.percent();
        }
        c.sides.add(new Page.Backdrop(picture(f), role.scale()));
      }
      default -> {
        c.inline.add(f);
        c.onlyHeadingsAndText = false;
      }
    }
  }

  private static Picture picture(Figure f) {
    List<Run> caption = Runs.trim(Runs.of(f.caption()));
    if (caption.isEmpty() && !f.title().isBlank()) {
      caption = List.of(Run.plain(f.title()));
    }
    return new Picture(f.src(), f.alt(), caption, f.size());
  }

  private List<Slide> table(List<Run> title, Content c, Page look) {
    TableContent all = SlideBuilder.content(c.table);
    List<Slide> out = new ArrayList<>();
    List<List<List<Run>>> page = new ArrayList<>();
    for (List<List<Run>> row : all.rows()) {
      page.add(row);
      if (page.size() > 1 && !fit.tableFits(all.withRows(page))) {
        page.remove(page.size() - 1);
        out.add(tableSlide(title, all.withRows(page), out.isEmpty(), c, look));
        page = new ArrayList<>();
        page.add(row);
      }
    }
    if (!page.isEmpty() || out.isEmpty()) {
      out.add(tableSlide(title, all.withRows(page), out.isEmpty(), c, look));
    }
    return out;
  }

  private Slide tableSlide(List<Run> title, TableContent t, boolean first, Content c, Page look) {
    return new Slide(Slide.Layout.TABLE, first ? title : Runs.withSuffix(contSuffix, title), List.of(), t, null,
        first ? c.notes : List.of(), c.table.line(), look);
  }

  private static boolean fitsSubtitle(Content c) {
    int lines = c.subtitle.size() + c.body.size();
    int chars = 0;
    for (Line l : c.subtitle) {
      chars += l.text().length();
    }
    for (Line l : c.body) {
      chars += l.text().length();
    }
    return lines <= MAX_SUBTITLE_LINES && chars <= MAX_SUBTITLE_CHARS;
  }

  private static List<Run> titleOrEmpty(Content c) {
    return c.title == null ? List.of() : c.title;
  }

  /** Lines as plain paragraphs (a subtitle has no bullets). */
  private static List<Line> plain(List<Line> lines) {
    List<Line> out = new ArrayList<>();
    for (Line l : lines) {
      out.add(Line.of(0, Line.Kind.PLAIN, "", l.runs()));
    }
    return out;
  }

  private static boolean isNotes(Details d) {
    String s = Runs.text(Runs.of(d.summary())).trim().toLowerCase(Locale.ROOT);
    return s.equals("notes") || s.equals("note") || s.equals("speaker notes");
  }
}

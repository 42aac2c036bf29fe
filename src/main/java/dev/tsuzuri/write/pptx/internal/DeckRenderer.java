package dev.tsuzuri.write.pptx.internal;

import dev.tsuzuri.slide.Deck;
import dev.tsuzuri.slide.Line;
import dev.tsuzuri.slide.Run;
import dev.tsuzuri.slide.Slide;
import dev.tsuzuri.write.LinkPolicy;
import dev.tsuzuri.write.WriteContext;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes one planned deck as slide XML on the template's layouts. Titles and tables are sized by
 * measuring them in the document's {@link Scratch}; the XML itself is written directly. One per
 * document.
 */
final class DeckRenderer {
  /** Title and section slides may shrink their title down to this size. */
  private static final double BIG_TITLE_FLOOR = 24;

  private final PreparedTemplate template;
  private final Scratch scratch;
  private final TextFiller filler;
  private final TextMeasurer measurer;
  private final TextXml text;
  private final TextStyle style;
  private final TableMaker tables;
  private final Footer footer;
  private final WriteContext context;
  /**
   * The plan's fit: the bodies it measured and found to fit (beside side pictures too) need no
   * second measurement.
   */
  private final PoiFit fit;
  /** The sizes chosen for content titles, by layout and title. */
  private final Map<TitleKey, Titles.Choice> titleSizes = new HashMap<>();

  private record TitleKey(String layoutPart, List<Run> title, boolean fit) {}

  DeckRenderer(PreparedTemplate template, Scratch scratch, TextStyle style, TextMeasurer measurer,
      Footer footer, WriteContext context, PoiFit fit) {
    this.fit = fit;
    this.template = template;
    this.scratch = scratch;
    this.filler = new TextFiller(style);
    this.measurer = measurer;
    this.text = new TextXml(filler, style, LinkPolicy.of(context, "pptx"));
    this.style = style;
    this.tables = new TableMaker(measurer);
    this.footer = footer;
    this.context = context;
  }

  /** The .pptx bytes of a deck. */
  byte[] render(Deck deck, String documentTitle) throws IOException {
    DeckPackage pkg = new DeckPackage(template);
    for (Slide s : deck.slides()) {
      int number = pkg.nextSlide();
      SlideXml slide = switch (s.layout()) {
        case TITLE -> cover(titleSlide(template.title, scratch.title(), s), scratch.title(), s,
            pkg);
        case SECTION -> titleSlide(template.section, scratch.section(), s);
        case CONTENT, CODE -> content(s);
        case TABLE -> table(s);
        case IMAGE -> image(s, pkg);
      };
      if (s.page() != null) {
        PageDecor.draw(slide, s, scratch.pageSize(), context, pkg);
        footer.write(slide, number, s.page().footer(), s.page().paginate());
        if (!s.page().header().isBlank()
            && !footer.header(slide, s.page().header(), headerBand(s))) {
          context.warnings().warn(s.line(), "no room above the slide title for the Marp header;"
              + " it is left out");
        }
      } else if (s.layout() != Slide.Layout.TITLE) {
        footer.write(slide, number);
      }
      notes(pkg, slide, s.notes(), number);
      pkg.addSlide(slide.finish(), slide.rels());
    }
    return pkg.finish(documentTitle);
  }

  /** True when the slide's title fills its width (Marp's fit heading). */
  private static boolean fitTitle(Slide s) {
    return s.page() != null && s.page().fitTitle();
  }

  /** The text writer of a slide: in its page's colour when the author set one. */
  private TextXml text(Slide s) {
    return s.page() == null ? text : text.colored(s.page().color());
  }

  private SlideXml titleSlide(LayoutXml layout, ScratchSlide measureIn, Slide s) {
    SlideXml slide = new SlideXml(layout);
    TextXml text = text(s);
    TextBox title = measureIn.title();
    TextBox sub = measureIn.subtitleOrBody();
    boolean subHolds = sub != null && !sub.equals(title);
    StringBuilder paragraphs = new StringBuilder();
    if (title != null) {
      Titles.Choice c = fitTitle(s)
          ? Titles.fitted(measurer, title, s.title(), BIG_TITLE_FLOOR, false)
          : Titles.choose(measurer, title, s.title(), BIG_TITLE_FLOOR, false);
      text.paragraph(paragraphs, filler.pieces(s.title(), c.size()), null, slide.rels(), false);
      if (!subHolds) {
        // a layout without a subtitle: the subtitle lines go under the title
        for (Line l : s.body()) {
          text.plainParagraph(paragraphs, l.text(), slide.rels());
        }
      }
    }
    for (LayoutXml.Placeholder p : layout.placeholders()) {
      if (p.title() && title != null) {
        p.filled().write(slide.xml(), slide.nextId(), paragraphs);
      } else if (p.subtitle() && subHolds) {
        if (!s.body().isEmpty()) {
          StringBuilder body = new StringBuilder();
          text.lines(body, s.body(), slide.rels());
          p.filled().write(slide.xml(), slide.nextId(), body);
        }
      } else {
        p.untouched().write(slide.xml(), slide.nextId(), "");
      }
    }
    return slide;
  }

  /**
   * The note's cover picture on its title slide, in the taller of the free bands above and below
   * the layout's title and subtitle, so it covers no text. A cover that cannot be read is left
   * out (the resources said why).
   */
  private SlideXml cover(SlideXml slide, ScratchSlide measureIn, Slide s, DeckPackage pkg) {
    if (s.picture() == null) {
      return slide;
    }
    java.awt.Dimension size = scratch.pageSize();
    double top = size.getHeight();
    double bottom = 0;
    for (TextBox shape : new TextBox[] {measureIn.title(), measureIn.subtitleOrBody()}) {
      if (shape != null) {
        top = Math.min(top, shape.anchor().getMinY());
        bottom = Math.max(bottom, shape.anchor().getMaxY());
      }
    }
    double margin = size.getHeight() * 0.04;
    Rectangle2D above = new Rectangle2D.Double(margin, margin, size.getWidth() - 2 * margin,
        top - 2 * margin);
    Rectangle2D below = new Rectangle2D.Double(margin, bottom + margin,
        size.getWidth() - 2 * margin, size.getHeight() - bottom - 2 * margin);
    Pictures.cover(slide, s, above.getHeight() >= below.getHeight() ? above : below, context,
        pkg);
    return slide;
  }

  private SlideXml content(Slide s) {
    LayoutXml layout = template.content;
    SlideXml slide = new SlideXml(layout);
    // text measured beside a side picture fits the whole width too: when no side picture can
    // be read (a remote one not fetched), the text keeps the layout's place
    boolean side = s.page() != null && s.page().hasSide()
        && PageDecor.anySideReadable(s, context);
    int textPercent = side ? s.page().textPercent() : 100;
    double bodySize = s.page() == null ? 0 : s.page().bodySize();
    double codeSize = s.page() == null ? 0 : s.page().codeSize();
    // a page kept on one slide by setting its text smaller is written as it was measured
    boolean smaller = bodySize > 0 || codeSize > 0;
    TextFiller bodyFiller = smaller ? filler.sized(bodySize, codeSize) : filler;
    TextXml bodyText = (smaller
        ? new TextXml(bodyFiller, style, LinkPolicy.of(context, "pptx")) : text)
        .colored(s.page() == null ? "" : s.page().color());
    // beside a side picture, title and body are measured and placed in the rest of the width
    ScratchSlide measureIn = side ? scratch.narrowed(textPercent) : scratch.content();
    StringBuilder title = title(measureIn, s, slide);
    for (LayoutXml.Placeholder p : layout.placeholders()) {
      if (p.title()) {
        if (title != null) {
          write(slide, p.filled(), title, side ? placed(scratch.content().title(), s) : null);
        }
      } else if (p.body()) {
        StringBuilder body = new StringBuilder();
        bodyText.lines(body, s.body(), slide.rels());
        if (s.body().isEmpty()) {
          body.append("<a:p/>");
        }
        ShapeXml shape = s.layout() == Slide.Layout.CODE ? p.grounded()
            : s.box() != null && p.boxes().containsKey(s.box()) ? p.boxes().get(s.box())
            : p.filled();
        write(slide, shape, body, side ? placed(scratch.content().body(), s) : null);
      } else {
        p.untouched().write(slide.xml(), slide.nextId(), "");
      }
    }
    if (!fit.accepted(s.body(), textPercent, bodySize, codeSize)) {
      if (!fit.pageFits(s.body(), textPercent, bodySize, codeSize)) {
        context.warnings().warn(s.line(), "slide text taller than its placeholder: "
            + s.titleText());
      }
    }
    return slide;
  }

  /**
   * Writes a placeholder; with a shape to follow, at that shape's place (a narrowed one beside a
   * side picture) instead of the layout's.
   */
  private static void write(SlideXml slide, ShapeXml shape, CharSequence paragraphs,
      Rectangle2D box) {
    if (box == null) {
      shape.write(slide.xml(), slide.nextId(), paragraphs);
      return;
    }
    StringBuilder one = new StringBuilder();
    shape.write(one, slide.nextId(), paragraphs);
    slide.xml().append(SidePlacement.placed(one, box));
  }

  /** A placeholder's box moved beside the slide's side picture. */
  private Rectangle2D placed(TextBox layoutShape, Slide s) {
    return SidePlacement.text(layoutShape.anchor(), scratch.pageSize().getWidth(),
        s.page().side(), s.page().sidePercent());
  }

  /** The band above the content title where a Marp header goes. */
  private Rectangle2D headerBand(Slide s) {
    TextBox t = scratch.content().title();
    java.awt.Dimension size = scratch.pageSize();
    double top = size.getHeight() * 0.01;
    if (t == null) {
      return new Rectangle2D.Double(size.getWidth() * 0.05, top, size.getWidth() * 0.9, 24);
    }
    Rectangle2D a = t.anchor();
    return new Rectangle2D.Double(a.getX(), top, a.getWidth(), Math.max(0, a.getMinY() - top));
  }

  /**
   * A content title's paragraph, sized to fit the title placeholder of the slide it is measured
   * in, or null for a slide without a title (its placeholder is left out).
   */
  private StringBuilder title(ScratchSlide measureIn, Slide s, SlideXml slide) {
    List<Run> title = s.title();
    TextBox t = measureIn.title();
    if (t == null || title.isEmpty()) {
      return null;
    }
    // a title continued over several slides is sized once
    TitleKey key = new TitleKey(measureIn.layoutPart(), title, fitTitle(s));
    Titles.Choice c = titleSizes.get(key);
    if (c == null) {
      c = key.fit() ? Titles.fitted(measurer, t, title, Titles.MIN_SIZE, true)
          : Titles.choose(measurer, t, title, Titles.MIN_SIZE, true);
      titleSizes.put(key, c);
    }
    StringBuilder out = new StringBuilder();
    text(s).paragraph(out, filler.pieces(title, c.size()), null, slide.rels(), false);
    return out;
  }

  /** A slide of the title-only layout with its title and no body. */
  private SlideXml titleOnly(Slide s) {
    LayoutXml layout = template.titleOnly;
    SlideXml slide = new SlideXml(layout);
    StringBuilder title = title(scratch.titleOnly(), s, slide);
    for (LayoutXml.Placeholder p : layout.placeholders()) {
      if (p.title()) {
        if (title != null) {
          p.filled().write(slide.xml(), slide.nextId(), title);
        }
      } else if (!p.body()) {
        p.untouched().write(slide.xml(), slide.nextId(), "");
      }
    }
    return slide;
  }

  private SlideXml table(Slide s) {
    SlideXml slide = titleOnly(s);
    if (s.table().unmerged()) {
      context.warnings().warn(s.line(), "table with merged cells: shown unmerged on the slide"
          + " (each cell's text in its first row and column)");
    }
    Rectangle2D area = template.bodyArea;
    TableMaker.Layout layout = tables.layOut(scratch.titleOnly(), s.table(), area);
    TableXml.write(slide, text(s), filler, s.table(), area, layout);
    return slide;
  }

  private SlideXml image(Slide s, DeckPackage pkg) {
    SlideXml slide = titleOnly(s);
    Pictures.write(slide, text(s), filler, s, template.bodyArea, context, pkg);
    return slide;
  }

  private void notes(DeckPackage pkg, SlideXml slide, List<String> notes, int number) {
    if (notes.isEmpty() || template.notes == null) {
      return;
    }
    List<Line> lines = new ArrayList<>();
    for (String note : notes) {
      for (String para : note.split("\n")) {
        lines.add(Line.of(0, Line.Kind.PLAIN, "", List.of(Run.plain(para))));
      }
    }
    StringBuilder page = new StringBuilder(Xml.DECLARATION);
    StringBuilder paragraphs = new StringBuilder();
    // links in notes would need relationships of the notes part: notes are plain text
    text.lines(paragraphs, lines, new SlideRels());
    template.notes.page().write(page, 0, paragraphs);
    String target = pkg.addNotes(page, number);
    slide.rels().add(SlideRels.NOTES, target);
  }
}

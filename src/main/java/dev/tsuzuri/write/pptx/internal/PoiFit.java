package dev.tsuzuri.write.pptx.internal;

import dev.tsuzuri.slide.Fit;
import dev.tsuzuri.slide.Line;
import dev.tsuzuri.slide.Run;
import dev.tsuzuri.slide.Slide;
import dev.tsuzuri.slide.TableContent;
import java.awt.geom.Rectangle2D;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Answers the slide plan's questions by measuring: the text boxes of the template's own layouts
 * ({@link Scratch}) are measured with the pieces the real slides are written with, and the text
 * is laid out with the bundled fonts' metrics as POI lays it out. Not thread-safe: one per
 * document.
 */
final class PoiFit implements Fit {
  private final TextFiller filler;
  private final TextMeasurer measurer;
  private final TableMaker tables;
  private final ScratchSlide content;
  private final TextBox body;
  private final TextBox title;
  private final ScratchSlide tableSlide;
  private final Rectangle2D tableArea;
  private final Map<Line, LineHeights> lineHeights = new HashMap<>();
  /** The probe line's space after, in points (NaN when it cannot be laid out alone). */
  private Double probeAfter;
  private final Map<List<Run>, Boolean> titleAnswers = new HashMap<>();
  /** Every page this fit has accepted: the renderer need not measure these again. */
  private final Set<List<Line>> accepted = new HashSet<>();
  /** The body's room, read once: every page asks. */
  private final double bodyRoom;
  /** The most of POI's excess the body takes back. */
  private final double bodyExcessLimit;
  /** The title's room (0 for a layout without a title). */
  private final double titleRoom;
  /** Content slides narrowed beside a side picture, by the text's share of the width. */
  private final IntFunction<ScratchSlide> narrowedSlides;
  /** The fits of those slides, made when first asked for. */
  private final Map<Integer, PoiFit> narrowed = new HashMap<>();
  /** The fits of bodies set in smaller sizes, by sizes, made when first asked for. */
  private final Map<Sizes, PoiFit> sized = new HashMap<>();

  /** Body text and code sizes in points (0: the layout's or writer's own). */
  private record Sizes(double body, double code) {}
  /** The probe line's own height, measured once: every following() subtracts it. */
  private double probeHeight = Double.NaN;

  /** A summed estimate this close to the limit (points) is checked exactly. */
  private static final double ESTIMATE_BAND = 8;
  private static final Line PROBE = Line.of(0, Line.Kind.BULLET, "", List.of(Run.plain("あ")));

  /** Measures in a scratch copy of the template borrowed for one document. */
  PoiFit(Scratch scratch, Rectangle2D bodyArea, TextFiller filler, TextMeasurer measurer) {
    this(scratch.content(), scratch.titleOnly(), bodyArea, filler, measurer, scratch::narrowed);
  }

  private PoiFit(ScratchSlide content, ScratchSlide tableSlide, Rectangle2D tableArea,
      TextFiller filler, TextMeasurer measurer, IntFunction<ScratchSlide> narrowedSlides) {
    this.narrowedSlides = narrowedSlides;
    this.filler = filler;
    this.measurer = measurer;
    this.tables = new TableMaker(measurer);
    this.content = content;
    this.body = content.body();
    this.title = content.title();
    this.tableSlide = tableSlide;
    this.tableArea = tableArea;
    this.bodyRoom = body.room();
    this.bodyExcessLimit = body.excessLimit();
    this.titleRoom = title == null ? 0 : title.room();
  }

  @Override
  public boolean bodyFits(Slide.Layout layout, List<Line> lines) {
    if (lines.isEmpty()) {
      return true;
    }
    if (measure(lines)) {
      // the paginator hands a page it keeps changing: remember a copy
      accepted.add(List.copyOf(lines));
      return true;
    }
    return false;
  }

  /**
   * Whether these lines were accepted as a page by this fit: they fit the body as measured, so the
   * slide made of them needs no second measurement.
   */
  boolean accepted(List<Line> lines) {
    return accepted.contains(lines);
  }

  /**
   * Whether these lines were accepted as a page with body text and code in these sizes (0: the
   * layout's or writer's own), beside a side picture leaving the text this share of the width.
   */
  boolean accepted(List<Line> lines, int textPercent, double bodySize, double codeSize) {
    PoiFit f = bodySize > 0 || codeSize > 0 ? sized.get(new Sizes(bodySize, codeSize)) : this;
    if (f != null && textPercent < 100) {
      f = f.narrowed.get(textPercent);
    }
    return f != null && f.accepted(lines);
  }

  /**
   * Whether a page fits the body, measured as a whole (the height laying out the page in the
   * body gives, as {@link #pageHeight} sums it): for a page this fit did not accept, set in this
   * body text and code sizes (0: the layout's or writer's own) beside a side picture leaving
   * the text this share of the width.
   */
  boolean pageFits(List<Line> lines, int textPercent, double bodySize, double codeSize) {
    PoiFit f = bodySize > 0 || codeSize > 0 ? (PoiFit) sized(bodySize, codeSize) : this;
    if (textPercent < 100) {
      f = (PoiFit) f.narrowed(textPercent);
    }
    return f.pageHeight(lines) <= f.bodyRoom;
  }

  @Override
  public Fit sized(double bodyPoints, double codePoints) {
    return sized.computeIfAbsent(new Sizes(bodyPoints, codePoints), p -> {
      TextFiller smaller = filler.sized(p.body(), p.code());
      return new PoiFit(content, tableSlide, tableArea, smaller, measurer.with(smaller),
          narrowedSlides);
    });
  }

  @Override
  public Fit narrowed(int textPercent) {
    if (textPercent >= 100) {
      return this;
    }
    return narrowed.computeIfAbsent(textPercent, p -> new PoiFit(narrowedSlides.apply(p),
        tableSlide, tableArea, filler, measurer, narrowedSlides));
  }

  private boolean measure(List<Line> lines) {
    // a page is measured line by line and the heights summed (each line measured once); only
    // a sum close to the limit is checked by laying out the whole page
    double estimate = alone(lines.get(0));
    for (int i = 1; i < lines.size(); i++) {
      estimate += following(lines.get(i));
    }
    double room = bodyRoom;
    if (estimate < room - ESTIMATE_BAND) {
      return true;
    }
    if (estimate > room + ESTIMATE_BAND) {
      return false;
    }
    return pageHeight(lines) <= room;
  }

  /**
   * A page's height exactly as laying out the whole page in the body gives it (less POI's excess),
   * summed from its lines' one-paragraph layouts: POI lays out each paragraph on its own and adds
   * the spacing between them.
   */
  double pageHeight(List<Line> lines) {
    double sum = 0;
    double excess = 0;
    LineHeights previous = null;
    for (Line l : lines) {
      LineHeights h = heights(l);
      if (h.layout() == null) {
        // measured the slow way: so is the page
        return body.pageHeightByPoi(filler, lines);
      }
      if (previous == null) {
        sum += h.alone();
      } else {
        sum += previous.layout().spaceAfter() + h.layout().following();
        excess += h.excess();
      }
      previous = h;
    }
    return sum - Math.min(excess, bodyExcessLimit);
  }

  private double alone(Line line) {
    return heights(line).alone();
  }

  private double following(Line line) {
    return heights(line).following();
  }

  /** A line's heights on a page, measured once per distinct line. */
  LineHeights heights(Line line) {
    return lineHeights.computeIfAbsent(line, this::layOut);
  }

  /**
   * A line laid out once, alone, giving both its height first on a page and after a line above
   * (the probe's spacing after it added): what measuring it alone and after the probe gives.
   */
  private LineHeights layOut(Line line) {
    Double after = probeAfter();
    TextMeasurer.Measured m = measurer.line(body, line);
    if (m == null || after == null) {
      return referenceHeights(line);
    }
    ParagraphLayout.Heights h = m.heights();
    return new LineHeights(h.first(),
        after + h.following() - Math.min(m.excess(), bodyExcessLimit), h, m.excess());
  }

  /** The same heights by laying out whole text boxes: slower, the measure of the fast way. */
  LineHeights referenceHeights(Line line) {
    return new LineHeights(height(List.of(line)), height(List.of(PROBE, line)) - probeHeight(),
        null, 0);
  }

  private Double probeAfter() {
    if (probeAfter == null) {
      TextMeasurer.Measured m = measurer.line(body, PROBE);
      probeAfter = m == null ? Double.NaN : m.heights().spaceAfter();
    }
    return probeAfter.isNaN() ? null : probeAfter;
  }

  /**
   * A line's heights on a page, in points, with POI's excess already taken back.
   *
   * @param alone the height of a page holding just this line
   * @param following what the line adds below another line
   * @param layout its paragraph's layout, or null when it was measured the slow way
   * @param excess what POI counts too much for it below another line
   */
  record LineHeights(double alone, double following, ParagraphLayout.Heights layout,
      double excess) {}

  private double probeHeight() {
    if (Double.isNaN(probeHeight)) {
      probeHeight = height(List.of(PROBE));
    }
    return probeHeight;
  }

  /** The height PowerPoint gives these lines, by POI's layout less its per-paragraph excess. */
  private double height(List<Line> lines) {
    return body.pageHeightByPoi(filler, lines);
  }

  @Override
  public boolean titleFits(List<Run> runs) {
    // the same titles are asked about again and again (a section's title over each of its items)
    return titleAnswers.computeIfAbsent(List.copyOf(runs),
        r -> measurer.title(title, r, Titles.MIN_SIZE) <= titleRoom);
  }

  @Override
  public boolean tableFits(TableContent table) {
    // the maker measures each cell at the safe width already
    return tables.layOut(tableSlide, table, tableArea).height()
        <= tableArea.getHeight() * Measure.HEIGHT_SAFETY;
  }
}

package dev.tsuzuri.write.pptx.internal;

import dev.tsuzuri.slide.Line;
import dev.tsuzuri.slide.Run;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Measures body lines, titles and table cells the fast way where it can: each kind of
 * paragraph's style is read once (from POI, by filling the shape with one example, or from the
 * bundled template's snapshot), then lines are laid out by {@link AwtParagraph}. What the fast
 * way does not cover falls back to POI's own layout. The styles are kept for the boxes measured
 * in, so one measurer serves every document measured in the same {@link Scratch}. Not
 * thread-safe.
 */
final class TextMeasurer {
  private final TextFiller filler;
  private final AwtParagraph awt;
  /** The cell metrics known ahead, by header or not; null for none (read from POI). */
  private final java.util.function.Function<Boolean, Scratch.CellMetrics> knownCells;
  private final Map<Object, Optional<ParagraphStyle>> styles = new HashMap<>();
  /** The style of table cells, header or not, at any width. */
  private final Map<Boolean, Optional<CellStyle>> cellStyles = new HashMap<>();
  /**
   * What POI reports as a table cell's top and bottom insets, read from the first cell measured:
   * it reads the text body's insets (their defaults, 3.6 pt each), not the cell margins written.
   * Rows have always been sized with these, so they still are.
   */
  private double cellPadding = Double.NaN;
  /** The size a title box's runs inherit and its room, read once per box. */
  private final Map<TextBox, double[]> titleShapes = new HashMap<>();

  private record BodyKey(TextBox box, int level, Line.Kind kind, boolean continued) {}

  private record TitleKey(TextBox box) {}

  /**
   * A cell's paragraph style, which depends on the cell's width only through where text wraps.
   *
   * @param style the style read from one cell
   * @param left that cell's left inset as POI reports it
   * @param right its right inset
   */
  record CellStyle(ParagraphStyle style, double left, double right) {
    /** The style in a cell of this width, as {@link PoiBox#styleOf} would read it. */
    ParagraphStyle at(double width) {
      return style.withWrapWidth(width * Measure.WIDTH_SAFETY - left - right);
    }
  }

  /**
   * A line's layout and what POI counts too much for it below another line.
   *
   * @param heights the paragraph's heights
   * @param excess see {@link Measure#excess}
   */
  record Measured(ParagraphLayout.Heights heights, double excess) {}

  /** A measurer that reads every style from POI. */
  TextMeasurer(TextFiller filler, TextStyle style) {
    this(filler, style, header -> null);
  }

  /** A measurer that takes table cells' metrics from these when they are known. */
  TextMeasurer(TextFiller filler, TextStyle style,
      java.util.function.Function<Boolean, Scratch.CellMetrics> knownCells) {
    this.filler = filler;
    this.awt = new AwtParagraph(style);
    this.knownCells = knownCells;
  }

  /** A new measurer for another filler (a smaller body size), knowing the same cells. */
  TextMeasurer with(TextFiller other) {
    return new TextMeasurer(other, other.style(), knownCells);
  }

  /** The filler whose pieces this measurer lays out. */
  TextFiller filler() {
    return filler;
  }

  /**
   * A body line laid out alone in this box (its text may be replaced), or null for a line that
   * only laying out whole shapes measures (automatic numbering).
   */
  Measured line(TextBox body, Line line) {
    int level = Math.min(line.level(), TextFiller.MAX_LEVEL);
    boolean continued = line.kind() == Line.Kind.BULLET && line.continued();
    Optional<ParagraphStyle> style = styles.computeIfAbsent(
        new BodyKey(body, level, line.kind(), continued), k -> body.bodyStyle(filler, line));
    List<TextFiller.Piece> pieces = filler.pieces(line);
    if (style.isPresent()) {
      ParagraphLayout.Heights h = awt.measure(style.get(), pieces);
      if (h != null) {
        TextFiller.Piece first = pieces.get(0);
        double size = first.size() == null ? style.get().runSize()
            : first.size() * style.get().sizeScale();
        return new Measured(h, Measure.DESCENT_EXCESS * size);
      }
    }
    return body.lineByPoi(filler, line);
  }

  /**
   * A table cell's text height as {@link #cell} gives it, by {@link AwtParagraph} alone; null
   * when no cell of its kind was measured before or when only POI lays it out.
   */
  Double fastCell(double width, List<Run> runs, boolean header) {
    Optional<CellStyle> style = cellStyles.get(header);
    if (style == null || style.isEmpty()) {
      return null;
    }
    ParagraphLayout.Heights h = awt.measure(style.get().at(width), cellPieces(runs, header));
    return h == null ? null : h.first();
  }

  /**
   * The height of a cell of a kind {@link #fastCell} did not measure (text and padding): from
   * the metrics known ahead when there are some, as POI's first cell would give it, else by
   * POI in a cell made on this slide.
   */
  double firstCell(ScratchSlide slide, double width, List<Run> runs, boolean header) {
    Scratch.CellMetrics known = knownCells.apply(header);
    if (known == null) {
      return slide.cellByPoi(this, width, runs, header);
    }
    if (Double.isNaN(cellPadding)) {
      cellPadding = known.top() + known.bottom();
    }
    Optional<CellStyle> style = cellStyles.computeIfAbsent(header,
        k -> known.style().map(s -> new CellStyle(s, known.left(), known.right())));
    if (style.isPresent()) {
      ParagraphLayout.Heights h = awt.measure(style.get().at(width), cellPieces(runs, header));
      if (h != null) {
        return h.first() + known.top() + known.bottom();
      }
    }
    return slide.cellByPoi(this, width, runs, header);
  }

  /** The padding POI reports for a table cell, top and bottom (see the field). */
  double cellPadding() {
    return cellPadding;
  }

  /**
   * The height of a cell's text in a cell of this width by its kind's style, reading the style
   * and the padding from the cell POI made when this is the first of its kind; null when only
   * POI lays it out.
   */
  Double cell(double width, List<Run> runs, boolean header,
      Supplier<Optional<CellStyle>> read, Supplier<Double> padding) {
    if (Double.isNaN(cellPadding)) {
      cellPadding = padding.get();
    }
    Optional<CellStyle> style = cellStyles.computeIfAbsent(header, k -> read.get());
    if (style.isPresent()) {
      ParagraphLayout.Heights h = awt.measure(style.get().at(width), cellPieces(runs, header));
      if (h != null) {
        return h.first();
      }
    }
    return null;
  }

  private List<TextFiller.Piece> cellPieces(List<Run> runs, boolean header) {
    List<TextFiller.Piece> pieces = filler.pieces(runs, TableMaker.SIZE);
    if (header) {
      pieces = pieces.stream().map(p -> new TextFiller.Piece(p.text(), p.marks().bolded(),
          p.lineBreak(), p.grey(), p.size())).toList();
    }
    return pieces;
  }

  /**
   * The size a run of this title box inherits from its layout and master, in points (28 when
   * nothing sets one). A title's runs set no size of their own, so it is the same for every title
   * and read once.
   */
  double layoutSize(TextBox box, List<Run> title) {
    return titleShape(box, title)[0];
  }

  /** The height text may take in a title box, read once (see {@link Measure#room}). */
  double room(TextBox box) {
    return titleShape(box, List.of())[1];
  }

  private double[] titleShape(TextBox box, List<Run> title) {
    return titleShapes.computeIfAbsent(box,
        k -> new double[] {box.layoutSize(filler, title), box.room()});
  }

  /**
   * The height a title takes in this box at a size (null: the layout's own), as POI's text
   * height at the safe width gives it. The box's text may be replaced.
   */
  double title(TextBox box, List<Run> runs, Double size) {
    Optional<ParagraphStyle> style = styles.computeIfAbsent(new TitleKey(box),
        k -> box.titleStyle(filler, runs));
    if (style.isPresent()) {
      ParagraphLayout.Heights h = awt.measure(style.get(), filler.pieces(runs, size));
      if (h != null) {
        return h.first();
      }
    }
    return box.titleHeightByPoi(filler, runs, size);
  }
}

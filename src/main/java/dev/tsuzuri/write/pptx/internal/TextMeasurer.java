package dev.tsuzuri.write.pptx.internal;

import dev.tsuzuri.slide.Line;
import dev.tsuzuri.slide.Run;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.sl.usermodel.Insets2D;
import org.apache.poi.xslf.usermodel.XSLFTableCell;
import org.apache.poi.xslf.usermodel.XSLFTextShape;

/**
 * Measures body lines, titles and table cells the fast way where it can: each kind of
 * paragraph's style is read from POI once (by filling the shape with one example), then lines
 * are laid out by {@link AwtParagraph}. What the fast way does not cover falls back to POI's own
 * layout. The styles are kept for the shapes measured in, so one measurer serves every document
 * measured in the same scratch copy of the template. Not thread-safe.
 */
final class TextMeasurer {
  private final TextFiller filler;
  private final AwtParagraph awt;
  private final Map<Object, Optional<ParagraphStyle>> styles = new HashMap<>();
  /** The style of table cells, header or not, at any width. */
  private final Map<Boolean, Optional<CellStyle>> cellStyles = new HashMap<>();
  /**
   * What POI reports as a table cell's top and bottom insets, read from the first cell measured:
   * it reads the text body's insets (their defaults, 3.6 pt each), not the cell margins written.
   * Rows have always been sized with these, so they still are.
   */
  private double cellPadding = Double.NaN;
  /** The size a title shape's runs inherit and its room, read once per shape. */
  private final Map<XSLFTextShape, double[]> titleShapes = new HashMap<>();

  private record BodyKey(XSLFTextShape shape, int level, Line.Kind kind, boolean continued) {}

  private record TitleKey(XSLFTextShape shape) {}

  /**
   * A cell's paragraph style, which depends on the cell's width only through where text wraps.
   *
   * @param style the style read from one cell
   * @param insets that cell's insets as POI reports them
   */
  private record CellStyle(ParagraphStyle style, Insets2D insets) {
    /** The style in a cell of this width, as {@link ParagraphStyle#of} would read it. */
    ParagraphStyle at(double width) {
      return style.withWrapWidth(width * Measure.WIDTH_SAFETY - insets.left - insets.right);
    }
  }

  /**
   * A line's layout and what POI counts too much for it below another line.
   *
   * @param heights the paragraph's heights
   * @param excess see {@link Measure#excess}
   */
  record Measured(ParagraphLayout.Heights heights, double excess) {}

  TextMeasurer(TextFiller filler, TextStyle style) {
    this.filler = filler;
    this.awt = new AwtParagraph(style);
  }

  /** The filler whose pieces this measurer lays out. */
  TextFiller filler() {
    return filler;
  }

  /**
   * A body line laid out alone in this shape (its text may be replaced), or null for a line that
   * only laying out whole shapes measures (automatic numbering).
   */
  Measured line(XSLFTextShape body, Line line) {
    int level = Math.min(line.level(), TextFiller.MAX_LEVEL);
    boolean continued = line.kind() == Line.Kind.BULLET && line.continued();
    Optional<ParagraphStyle> style = styles.computeIfAbsent(
        new BodyKey(body, level, line.kind(), continued), k -> {
          filler.lines(body, List.of(line));
          return Optional.ofNullable(ParagraphStyle.of(body));
        });
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
    filler.lines(body, List.of(line));
    var p = body.getTextParagraphs().get(0);
    ParagraphLayout.Heights h = Measure.atSafeWidth(body, () -> ParagraphLayout.of(p));
    return h == null ? null : new Measured(h, Measure.excess(p));
  }

  /**
   * A table cell's text height as {@link #cell} gives it, by {@link AwtParagraph} alone; null
   * when no cell was measured before (the style is not known yet) or when only POI lays it out.
   */
  Double fastCell(double width, List<Run> runs, boolean header) {
    Optional<CellStyle> style = cellStyles.get(header);
    if (style == null || style.isEmpty()) {
      return null;
    }
    ParagraphLayout.Heights h = awt.measure(style.get().at(width), cellPieces(runs, header));
    return h == null ? null : h.first();
  }

  /** The padding POI reports for a table cell, top and bottom (see the field). */
  double cellPadding() {
    return cellPadding;
  }

  /**
   * The height of a table cell's text (insets not included), as POI's text height at the safe
   * width gives it. The cell holds these runs already, written by the table maker, which sets
   * header runs in bold.
   */
  double cell(XSLFTableCell cell, List<Run> runs, boolean header) {
    if (Double.isNaN(cellPadding)) {
      cellPadding = cell.getTopInset() + cell.getBottomInset();
    }
    Optional<CellStyle> style = cellStyles.computeIfAbsent(header, k -> {
      ParagraphStyle s = ParagraphStyle.of(cell);
      return s == null ? Optional.empty() : Optional.of(new CellStyle(s, cell.getInsets()));
    });
    if (style.isPresent()) {
      ParagraphLayout.Heights h = awt.measure(style.get().at(cell.getAnchor().getWidth()),
          cellPieces(runs, header));
      if (h != null) {
        return h.first();
      }
    }
    return Measure.textHeight(cell);
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
   * The size a run of this title shape inherits from its layout and master, in points (28 when
   * nothing sets one). A title's runs set no size of their own, so it is the same for every title
   * and read once.
   */
  double layoutSize(XSLFTextShape shape, List<Run> title) {
    return titleShape(shape, title)[0];
  }

  /** The height text may take in a title shape, read once (see {@link Measure#room}). */
  double room(XSLFTextShape shape) {
    return titleShape(shape, List.of())[1];
  }

  private double[] titleShape(XSLFTextShape shape, List<Run> title) {
    return titleShapes.computeIfAbsent(shape, k -> {
      filler.runs(shape, title, null);
      double size = 28;
      outer:
      for (var p : shape.getTextParagraphs()) {
        for (var r : p.getTextRuns()) {
          Double s = r.getFontSize();
          if (s != null) {
            size = s;
            break outer;
          }
        }
      }
      return new double[] {size, Measure.room(shape)};
    });
  }

  /**
   * The height a title takes in this shape at a size (null: the layout's own), as POI's text
   * height at the safe width gives it. The shape's text may be replaced.
   */
  double title(XSLFTextShape shape, List<Run> runs, Double size) {
    Optional<ParagraphStyle> style = styles.computeIfAbsent(new TitleKey(shape), k -> {
      filler.runs(shape, runs, null);
      return Optional.ofNullable(ParagraphStyle.of(shape));
    });
    if (style.isPresent()) {
      ParagraphLayout.Heights h = awt.measure(style.get(), filler.pieces(runs, size));
      if (h != null) {
        return h.first();
      }
    }
    filler.runs(shape, runs, size);
    return Measure.textHeight(shape);
  }
}

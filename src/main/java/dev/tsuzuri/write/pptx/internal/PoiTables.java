package dev.tsuzuri.write.pptx.internal;

import dev.tsuzuri.slide.Run;
import dev.tsuzuri.slide.TableContent;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.poi.sl.draw.DrawTableShape;
import org.apache.poi.sl.usermodel.Insets2D;
import org.apache.poi.sl.usermodel.TableCell.BorderEdge;
import org.apache.poi.sl.usermodel.TextParagraph.TextAlign;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableCell;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;

/**
 * Tables made by POI: a one-cell table to measure a cell of a kind not measured before, and a
 * whole table drawn the way {@link TableXml} writes it, the reference {@link TableMaker#layOut}
 * is held to in tests.
 */
final class PoiTables {
  /** The cell margins in points (top, left, bottom, right). */
  static final Insets2D INSETS = new Insets2D(3, 6, 3, 6);
  private static final Color HEADER_FILL = new Color(0x2E, 0x6D, 0xB4);
  private static final Color BAND_FILL = new Color(0xEE, 0xF2, 0xF7);
  private static final Color RULE = new Color(0xB8, 0xC4, 0xD2);

  private PoiTables() {}

  /**
   * A cell's height (text and the padding POI reports), made for a moment in a one-cell table on
   * a scratch slide.
   */
  static double measured(XSLFSlide scratch, TextMeasurer measurer, double width, List<Run> runs,
      boolean header) {
    XSLFTable one = scratch.createTable(1, 1);
    try {
      one.setColumnWidth(0, width);
      XSLFTableCell cell = one.getCell(0, 0);
      fill(measurer.filler(), cell, runs, "", header);
      cell.setAnchor(new Rectangle2D.Double(0, 0, width, TableMaker.MIN_ROW));
      return cell(measurer, cell, runs, header) + cell.getTopInset() + cell.getBottomInset();
    } finally {
      scratch.removeShape(one);
    }
  }

  /**
   * What measuring a cell of a kind reads from the first such cell POI makes: its paragraph's
   * style and its insets as POI reports them.
   */
  static Scratch.CellMetrics metrics(XSLFSlide scratch, TextFiller filler, boolean header) {
    double width = 200;
    XSLFTable one = scratch.createTable(1, 1);
    try {
      one.setColumnWidth(0, width);
      XSLFTableCell cell = one.getCell(0, 0);
      fill(filler, cell, List.of(Run.plain("あ")), "", header);
      cell.setAnchor(new Rectangle2D.Double(0, 0, width, TableMaker.MIN_ROW));
      Insets2D in = cell.getInsets();
      return new Scratch.CellMetrics(Optional.ofNullable(PoiBox.styleOf(cell)), in.left,
          in.right, cell.getTopInset(), cell.getBottomInset());
    } finally {
      scratch.removeShape(one);
    }
  }

  /**
   * The height of a table cell's text (insets not included), as POI's text height at the safe
   * width gives it. The cell holds these runs already, written by {@link #fill}, which sets
   * header runs in bold.
   */
  static double cell(TextMeasurer measurer, XSLFTableCell cell, List<Run> runs, boolean header) {
    Double fast = measurer.cell(cell.getAnchor().getWidth(), runs, header, () -> {
      ParagraphStyle s = PoiBox.styleOf(cell);
      Insets2D in = cell.getInsets();
      return s == null ? Optional.empty()
          : Optional.of(new TextMeasurer.CellStyle(s, in.left, in.right));
    }, () -> cell.getTopInset() + cell.getBottomInset());
    return fast != null ? fast : Measure.textHeight(cell);
  }

  /** Draws the table with POI at the top of an area of a slide and returns it. */
  static XSLFTable make(TextFiller filler, XSLFSlide slide, TableContent t, Rectangle2D area) {
    int cols = t.columns();
    int headerRows = t.header().size();
    XSLFTable table = slide.createTable(headerRows + t.rows().size(), cols);
    double[] widths = TableMaker.widths(t, area.getWidth());
    for (int c = 0; c < cols; c++) {
      table.setColumnWidth(c, widths[c]);
    }
    for (int r = 0; r < table.getNumberOfRows(); r++) {
      boolean header = r < headerRows;
      List<List<Run>> row = header ? t.header().get(r) : t.rows().get(r - headerRows);
      for (int c = 0; c < cols; c++) {
        String align = c < t.alignments().size() ? t.alignments().get(c) : "";
        fill(filler, table.getCell(r, c), c < row.size() ? row.get(c) : List.of(), align,
            header);
        if (!header && (r - headerRows) % 2 == 1) {
          table.getCell(r, c).setFillColor(BAND_FILL);
        }
      }
    }
    double[] heights = new double[table.getNumberOfRows()];
    Arrays.fill(heights, TableMaker.MIN_ROW);
    place(table, area, widths, heights);
    double total = 0;
    for (int row = 0; row < table.getNumberOfRows(); row++) {
      double h = TableMaker.MIN_ROW;
      for (int c = 0; c < cols; c++) {
        XSLFTableCell cell = table.getCell(row, c);
        h = Math.max(h, Measure.textHeight(cell) + cell.getTopInset() + cell.getBottomInset());
      }
      heights[row] = Math.ceil(h);
      table.getRows().get(row).setHeight(heights[row]);
      total += heights[row];
    }
    table.setAnchor(new Rectangle2D.Double(area.getX(), area.getY(), area.getWidth(), total));
    place(table, area, widths, heights);
    return table;
  }

  /** Tells each cell where it is, as POI's updateCellAnchor does (cells have no anchor in XML). */
  private static void place(XSLFTable table, Rectangle2D area, double[] widths,
      double[] heights) {
    double y = area.getY();
    for (int row = 0; row < heights.length; row++) {
      double x = area.getX();
      for (int c = 0; c < widths.length; c++) {
        table.getCell(row, c).setAnchor(new Rectangle2D.Double(x, y, widths[c], heights[row]));
        x += widths[c] + DrawTableShape.borderSize;
      }
      y += heights[row] + DrawTableShape.borderSize;
    }
  }

  /** Writes a cell's text and looks as {@link TableXml} does. */
  private static void fill(TextFiller filler, XSLFTableCell cell, List<Run> runs, String align,
      boolean header) {
    filler.runs(cell, runs, TableMaker.SIZE);
    for (XSLFTextParagraph p : cell.getTextParagraphs()) {
      p.setTextAlign(switch (align) {
        case "ctr" -> TextAlign.CENTER;
        case "r" -> TextAlign.RIGHT;
        default -> TextAlign.LEFT;
      });
      if (header) {
        for (XSLFTextRun tr : p.getTextRuns()) {
          tr.setBold(true);
          tr.setFontColor(Color.WHITE);
        }
      }
    }
    if (header) {
      cell.setFillColor(HEADER_FILL);
    }
    cell.setBorderColor(BorderEdge.bottom, RULE);
    cell.setBorderWidth(BorderEdge.bottom, 1.0);
    cell.setInsets(INSETS);
  }
}

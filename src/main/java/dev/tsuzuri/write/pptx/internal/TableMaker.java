package dev.tsuzuri.write.pptx.internal;

import dev.tsuzuri.slide.Run;
import dev.tsuzuri.slide.TableContent;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * Lays out native PowerPoint tables: column widths in proportion to the plan's weights, each row
 * as tall as its tallest cell's measured text. {@link TableXml} writes what this lays out.
 */
final class TableMaker {
  /** Table text size in points: the body floor. */
  static final double SIZE = 18;
  /** The cell margins in points (top, left, bottom, right). */
  static final Insets2D INSETS = new Insets2D(3, 6, 3, 6);
  private static final double MIN_ROW = 24;
  private static final Color HEADER_FILL = new Color(0x2E, 0x6D, 0xB4);
  private static final Color BAND_FILL = new Color(0xEE, 0xF2, 0xF7);
  private static final Color RULE = new Color(0xB8, 0xC4, 0xD2);

  private final TextFiller filler;
  private final TextMeasurer measurer;
  /**
   * Heights of cells (text and padding) by text, header or not, and width: a long table is
   * measured once.
   */
  private final Map<List<Object>, Double> cellHeights = new HashMap<>();

  /**
   * Where a table's columns and rows go.
   *
   * @param widths the column widths in points
   * @param heights the row heights in points, header rows first
   */
  record Layout(double[] widths, double[] heights) {
    /** The table's height. */
    double height() {
      return Arrays.stream(heights).sum();
    }
  }

  TableMaker(TextFiller filler, TextMeasurer measurer) {
    this.filler = filler;
    this.measurer = measurer;
  }

  /**
   * Lays a table out at the width of an area: each row as tall as its tallest cell's text plus
   * the padding POI reports for a cell (not the cell margins written, see {@link
   * TextMeasurer#cellPadding}). Cells are measured by {@link AwtParagraph}; a cell
   * of a kind not measured before, or one only POI lays out, is made for a moment in a one-cell
   * table on the scratch slide.
   */
  Layout layOut(XSLFSlide scratch, TableContent t, Rectangle2D area) {
    int headerRows = t.header().size();
    double[] widths = widths(t, area.getWidth());
    double[] heights = new double[headerRows + t.rows().size()];
    for (int row = 0; row < heights.length; row++) {
      boolean header = row < headerRows;
      List<List<Run>> cells = header ? t.header().get(row) : t.rows().get(row - headerRows);
      double h = MIN_ROW;
      for (int c = 0; c < widths.length; c++) {
        List<Run> runs = c < cells.size() ? cells.get(c) : List.of();
        double w = widths[c];
        List<Object> key = List.of(runs, header, Math.round(w * 10));
        Double padded = cellHeights.get(key);
        if (padded == null) {
          Double text = measurer.fastCell(w, runs, header);
          padded = text != null ? text + measurer.cellPadding()
              : measuredByPoi(scratch, w, runs, header);
          cellHeights.put(key, padded);
        }
        h = Math.max(h, padded);
      }
      heights[row] = Math.ceil(h);
    }
    return new Layout(widths, heights);
  }

  private double measuredByPoi(XSLFSlide scratch, double width, List<Run> runs,
      boolean header) {
    XSLFTable one = scratch.createTable(1, 1);
    try {
      one.setColumnWidth(0, width);
      XSLFTableCell cell = one.getCell(0, 0);
      fill(cell, runs, "", header);
      cell.setAnchor(new Rectangle2D.Double(0, 0, width, MIN_ROW));
      return measurer.cell(cell, runs, header) + cell.getTopInset() + cell.getBottomInset();
    } finally {
      scratch.removeShape(one);
    }
  }

  /**
   * Draws the table with POI at the top of an area of a slide and returns it: the reference
   * {@link #layOut} is held to in tests.
   */
  XSLFTable make(XSLFSlide slide, TableContent t, Rectangle2D area) {
    int cols = t.columns();
    int headerRows = t.header().size();
    XSLFTable table = slide.createTable(headerRows + t.rows().size(), cols);
    double[] widths = widths(t, area.getWidth());
    for (int c = 0; c < cols; c++) {
      table.setColumnWidth(c, widths[c]);
    }
    for (int r = 0; r < table.getNumberOfRows(); r++) {
      boolean header = r < headerRows;
      List<List<Run>> row = header ? t.header().get(r) : t.rows().get(r - headerRows);
      for (int c = 0; c < cols; c++) {
        String align = c < t.alignments().size() ? t.alignments().get(c) : "";
        fill(table.getCell(r, c), c < row.size() ? row.get(c) : List.of(), align, header);
        if (!header && (r - headerRows) % 2 == 1) {
          table.getCell(r, c).setFillColor(BAND_FILL);
        }
      }
    }
    double[] heights = new double[table.getNumberOfRows()];
    Arrays.fill(heights, MIN_ROW);
    place(table, area, widths, heights);
    double total = 0;
    for (int row = 0; row < table.getNumberOfRows(); row++) {
      double h = MIN_ROW;
      boolean header = row < headerRows;
      List<List<Run>> cells = header ? t.header().get(row) : t.rows().get(row - headerRows);
      for (int c = 0; c < cols; c++) {
        XSLFTableCell cell = table.getCell(row, c);
        List<Run> runs = c < cells.size() ? cells.get(c) : List.of();
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
  private void fill(XSLFTableCell cell, List<Run> runs, String align, boolean header) {
    filler.runs(cell, runs, SIZE);
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

  /** Column widths in points, in proportion to the plan's column weights. */
  private static double[] widths(TableContent t, double total) {
    int cols = t.columns();
    double sum = 0;
    for (int c = 0; c < cols; c++) {
      sum += weight(t, c);
    }
    double[] w = new double[cols];
    for (int c = 0; c < cols; c++) {
      w[c] = total * weight(t, c) / sum;
    }
    return w;
  }

  private static double weight(TableContent t, int c) {
    return c < t.weights().size() ? t.weights().get(c) : 4;
  }
}

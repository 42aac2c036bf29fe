package dev.tsuzuri.write.pptx;

import dev.tsuzuri.slide.Run;
import dev.tsuzuri.slide.TableContent;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.apache.poi.sl.draw.DrawTableShape;
import org.apache.poi.sl.usermodel.TableCell.BorderEdge;
import org.apache.poi.sl.usermodel.TextParagraph.TextAlign;
import org.apache.poi.xslf.usermodel.XSLFSheet;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableCell;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;

/** Builds native PowerPoint tables, and measures their height the same way. */
final class TableMaker {
  /** Table text size in points: the body floor. */
  static final double SIZE = 18;
  private static final double MIN_ROW = 24;
  private static final Color HEADER_FILL = new Color(0x2E, 0x6D, 0xB4);
  private static final Color BAND_FILL = new Color(0xEE, 0xF2, 0xF7);
  private static final Color RULE = new Color(0xB8, 0xC4, 0xD2);

  private final TextFiller filler;
  private final TextMeasurer measurer;
  /** Text heights of cells by text, header or not, and width: a long table is measured once. */
  private final java.util.Map<List<Object>, Double> cellHeights = new java.util.HashMap<>();

  TableMaker(TextFiller filler, TextMeasurer measurer) {
    this.filler = filler;
    this.measurer = measurer;
  }

  /** Draws the table at the top of an area of a slide; returns it. */
  XSLFTable make(XSLFSheet sheet, TableContent t, Rectangle2D area) {
    int cols = t.columns();
    int headerRows = t.header().size();
    XSLFTable table = ((org.apache.poi.xslf.usermodel.XSLFSlide) sheet).createTable(
        headerRows + t.rows().size(), cols);
    double[] widths = widths(t, area.getWidth());
    for (int c = 0; c < cols; c++) {
      table.setColumnWidth(c, widths[c]);
    }
    int r = 0;
    for (List<List<Run>> row : t.header()) {
      fill(table, r++, row, t, true);
    }
    int band = 0;
    for (List<List<Run>> row : t.rows()) {
      fill(table, r, row, t, false);
      if (band++ % 2 == 1) {
        for (int c = 0; c < cols; c++) {
          table.getCell(r, c).setFillColor(BAND_FILL);
        }
      }
      r++;
    }
    // POI's updateCellAnchor would lay out every cell's text with its own slow layout, twice;
    // the cells only need to know where they are, and their text is measured below
    double[] heights = new double[table.getNumberOfRows()];
    java.util.Arrays.fill(heights, MIN_ROW);
    place(table, area, widths, heights);
    // POI does not grow rows to their text: measure each row and write its height, so the file
    // says how tall the table is and viewers need not guess
    double total = 0;
    for (int row = 0; row < table.getNumberOfRows(); row++) {
      double h = MIN_ROW;
      boolean header = row < headerRows;
      List<List<Run>> cells = header ? t.header().get(row) : t.rows().get(row - headerRows);
      for (int c = 0; c < cols; c++) {
        XSLFTableCell cell = table.getCell(row, c);
        List<Run> runs = c < cells.size() ? cells.get(c) : List.of();
        List<Object> key = List.of(runs, header, Math.round(widths[c] * 10));
        double text = cellHeights.computeIfAbsent(key, k -> measurer.cell(cell, runs, header));
        h = Math.max(h, text + cell.getTopInset() + cell.getBottomInset());
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

  /**
   * Where a table's columns and rows go.
   *
   * @param widths the column widths in points
   * @param heights the row heights in points, header rows first
   */
  record Layout(double[] widths, double[] heights) {}

  /**
   * Lays a table out in a scratch slide (made there, measured, taken out again) and returns its
   * column widths and row heights.
   */
  Layout layOut(XSLFSheet sheet, TableContent t, Rectangle2D area) {
    XSLFTable table = make(sheet, t, area);
    try {
      double[] widths = new double[table.getNumberOfColumns()];
      for (int c = 0; c < widths.length; c++) {
        widths[c] = table.getColumnWidth(c);
      }
      double[] heights = new double[table.getNumberOfRows()];
      for (int r = 0; r < heights.length; r++) {
        heights[r] = table.getRowHeight(r);
      }
      return new Layout(widths, heights);
    } finally {
      ((org.apache.poi.xslf.usermodel.XSLFSlide) sheet).removeShape(table);
    }
  }

  /** The table's height once its rows are laid out. */
  static double height(XSLFTable table) {
    double h = 0;
    for (int r = 0; r < table.getNumberOfRows(); r++) {
      h += table.getRowHeight(r);
    }
    return h;
  }

  private void fill(XSLFTable table, int r, List<List<Run>> row, TableContent t,
      boolean header) {
    for (int c = 0; c < table.getNumberOfColumns(); c++) {
      XSLFTableCell cell = table.getCell(r, c);
      List<Run> runs = c < row.size() ? row.get(c) : List.of();
      filler.runs(cell, runs, SIZE);
      String align = c < t.alignments().size() ? t.alignments().get(c) : "";
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
      cell.setInsets(new org.apache.poi.sl.usermodel.Insets2D(3, 6, 3, 6));
    }
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

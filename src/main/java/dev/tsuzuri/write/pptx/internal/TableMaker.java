package dev.tsuzuri.write.pptx.internal;

import dev.tsuzuri.slide.Run;
import dev.tsuzuri.slide.TableContent;
import java.awt.geom.Rectangle2D;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lays out native PowerPoint tables: column widths in proportion to the plan's weights, each row
 * as tall as its tallest cell's measured text. {@link TableXml} writes what this lays out.
 */
final class TableMaker {
  /** Table text size in points: the body floor. */
  static final double SIZE = 18;
  static final double MIN_ROW = 24;

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

  TableMaker(TextMeasurer measurer) {
    this.measurer = measurer;
  }

  /**
   * Lays a table out at the width of an area: each row as tall as its tallest cell's text plus
   * the padding POI reports for a cell (not the cell margins written, see {@link
   * TextMeasurer#cellPadding}). Cells are measured by {@link AwtParagraph}; the first cell of a
   * kind, and one only POI lays out, is measured by {@link TextMeasurer#firstCell} (in a
   * one-cell table on the scratch slide when the cells' style is not known ahead).
   */
  Layout layOut(ScratchSlide scratch, TableContent t, Rectangle2D area) {
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
              : measurer.firstCell(scratch, w, runs, header);
          cellHeights.put(key, padded);
        }
        h = Math.max(h, padded);
      }
      heights[row] = Math.ceil(h);
    }
    return new Layout(widths, heights);
  }

  /** Column widths in points, in proportion to the plan's column weights. */
  static double[] widths(TableContent t, double total) {
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

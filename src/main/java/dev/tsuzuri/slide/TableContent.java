package dev.tsuzuri.slide;

import java.util.List;

/**
 * The part of a table shown on one slide: its header rows (repeated on every slide of a long
 * table) and some of its body rows.
 *
 * @param alignments one per column: "l", "ctr", "r" or "" for the default
 * @param weights one per column: its share of the table's width, from the longest text in that
 *     column of the whole table (so every slide of a long table has the same columns)
 * @param header header rows; each row a list of cells, each cell a list of runs
 * @param rows body rows
 * @param unmerged true when the table had merged cells that are shown unmerged here (their text
 *     in the first position they covered): the writer reports it
 */
public record TableContent(List<String> alignments, List<Double> weights,
    List<List<List<Run>>> header, List<List<List<Run>>> rows, boolean unmerged) {
  public TableContent {
    alignments = List.copyOf(alignments);
    weights = List.copyOf(weights);
    header = header.stream().map(r -> r.stream().map(List::copyOf).toList()).toList();
    rows = rows.stream().map(r -> r.stream().map(List::copyOf).toList()).toList();
  }

  /** Content without merged cells. */
  public TableContent(List<String> alignments, List<Double> weights,
      List<List<List<Run>>> header, List<List<List<Run>>> rows) {
    this(alignments, weights, header, rows, false);
  }

  /** The number of columns: the widest row. */
  public int columns() {
    int n = alignments.size();
    for (List<List<Run>> r : header) {
      n = Math.max(n, r.size());
    }
    for (List<List<Run>> r : rows) {
      n = Math.max(n, r.size());
    }
    return Math.max(n, 1);
  }

  /** The same header with other body rows. */
  public TableContent withRows(List<List<List<Run>>> newRows) {
    return new TableContent(alignments, weights, header, newRows, unmerged);
  }

  /**
   * Column weights for a table: each column's longest text (East Asian characters counting
   * double, capped so one long cell does not starve the others), at least a few characters.
   */
  public static List<Double> weights(int columns, List<List<List<Run>>> header,
      List<List<List<Run>>> rows) {
    double[] weight = new double[columns];
    for (List<List<List<Run>>> part : List.of(header, rows)) {
      for (List<List<Run>> row : part) {
        for (int c = 0; c < row.size() && c < columns; c++) {
          double len = 0;
          for (Run run : row.get(c)) {
            len += run.text().codePoints().map(cp -> cp < 0x2E80 ? 1 : 2).sum();
          }
          weight[c] = Math.max(weight[c], Math.min(len, 40));
        }
      }
    }
    java.util.List<Double> out = new java.util.ArrayList<>();
    for (double w : weight) {
      out.add(Math.max(w, 4));
    }
    return out;
  }
}

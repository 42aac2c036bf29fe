package dev.tsuzuri.slide;

import java.util.List;

/**
 * The part of a table shown on one slide: its header rows (repeated on every slide of a long
 * table) and some of its body rows.
 *
 * @param alignments one per column: "l", "ctr", "r" or "" for the default
 * @param header header rows; each row a list of cells, each cell a list of runs
 * @param rows body rows
 */
public record TableContent(List<String> alignments, List<List<List<Run>>> header,
    List<List<List<Run>>> rows) {
  public TableContent {
    alignments = List.copyOf(alignments);
    header = header.stream().map(r -> r.stream().map(List::copyOf).toList()).toList();
    rows = rows.stream().map(r -> r.stream().map(List::copyOf).toList()).toList();
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
    return new TableContent(alignments, header, newRows);
  }
}

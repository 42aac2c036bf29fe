package dev.tsuzuri.outline;

import java.util.List;

/**
 * A table with header rows, body rows and a per-column alignment.
 *
 * @param alignments one entry per column
 * @param header the header rows (usually one)
 * @param body the body rows
 */
public record Table(List<Alignment> alignments, List<Row> header, List<Row> body, int line)
    implements Block {
  /** How a column's cells are aligned. */
  public enum Alignment {
    /** No alignment given: the writer's default. */
    DEFAULT,
    LEFT,
    CENTER,
    RIGHT
  }

  /** A table row. */
  public record Row(List<Cell> cells) {
    public Row {
      cells = List.copyOf(cells);
    }
  }

  /**
   * A table cell holding inline content.
   *
   * @param content the cell's text
   * @param colspan how many columns the cell spans, at least 1
   * @param rowspan how many rows the cell spans, at least 1 (never past its header or body)
   */
  public record Cell(List<Inline> content, int colspan, int rowspan) {
    public Cell {
      content = List.copyOf(content);
      if (colspan < 1 || rowspan < 1) {
        throw new IllegalArgumentException("cell spans must be at least 1: " + colspan + "x"
            + rowspan);
      }
    }

    /** A cell of one column and one row. */
    public Cell(List<Inline> content) {
      this(content, 1, 1);
    }

    /** True when the cell spans more than one column or row. */
    public boolean spans() {
      return colspan > 1 || rowspan > 1;
    }
  }

  public Table {
    alignments = List.copyOf(alignments);
    header = List.copyOf(header);
    body = List.copyOf(body);
  }

  /**
   * The number of columns: the widest of the alignments and every row, a cell counting as many
   * columns as it spans and the cells of rows above reaching down into it.
   */
  public int columns() {
    if (hasSpans()) {
      return Math.max(alignments.size(), TableGrid.of(this).columns());
    }
    int n = alignments.size();
    for (Row r : header) {
      n = Math.max(n, r.cells().size());
    }
    for (Row r : body) {
      n = Math.max(n, r.cells().size());
    }
    return n;
  }

  /** True when some cell spans more than one column or row. */
  public boolean hasSpans() {
    for (List<Row> part : List.of(header, body)) {
      for (Row r : part) {
        for (Cell c : r.cells()) {
          if (c.spans()) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** The alignment of column {@code i}, {@link Alignment#DEFAULT} past the declared ones. */
  public Alignment alignment(int i) {
    return i < alignments.size() ? alignments.get(i) : Alignment.DEFAULT;
  }

  @Override
  public <R> R accept(BlockVisitor<R> visitor) {
    return visitor.visitTable(this);
  }
}

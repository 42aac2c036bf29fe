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

  /** A table cell holding inline content. */
  public record Cell(List<Inline> content) {
    public Cell {
      content = List.copyOf(content);
    }
  }

  public Table {
    alignments = List.copyOf(alignments);
    header = List.copyOf(header);
    body = List.copyOf(body);
  }

  /** The number of columns: the widest of the alignments and every row. */
  public int columns() {
    int n = alignments.size();
    for (Row r : header) {
      n = Math.max(n, r.cells().size());
    }
    for (Row r : body) {
      n = Math.max(n, r.cells().size());
    }
    return n;
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

package dev.tsuzuri.outline;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@link Table}'s cells placed on its grid of rows and columns, spans resolved the way HTML
 * resolves them: each cell takes the first free column of its row, covers {@code colspan}
 * columns and {@code rowspan} rows (never past the end of its header or body), and rows shorter
 * than the widest end in empty slots. Writers that cannot span cells use it to flatten a table;
 * writers that can use it to know which positions a span covers.
 */
public final class TableGrid {
  /**
   * One position of the grid.
   *
   * @param cell the cell shown at or over this position, or null for an empty position at the
   *     end of a short row
   * @param originRow the grid row where that cell starts (this slot's row when empty)
   * @param originColumn the grid column where that cell starts (this slot's column when empty)
   */
  public record Slot(Table.Cell cell, int originRow, int originColumn) {
    /** True for a position no cell covers. */
    public boolean isEmpty() {
      return cell == null;
    }
  }

  private final List<List<Slot>> rows;
  private final int headerRows;
  private final int columns;

  private TableGrid(List<List<Slot>> rows, int headerRows, int columns) {
    this.rows = rows;
    this.headerRows = headerRows;
    this.columns = columns;
  }

  /** The grid of a table: header rows first, then body rows. */
  public static TableGrid of(Table table) {
    List<List<Slot>> rows = new ArrayList<>();
    place(table.header(), rows);
    int headerRows = rows.size();
    place(table.body(), rows);
    int columns = 0;
    for (List<Slot> r : rows) {
      columns = Math.max(columns, r.size());
    }
    for (int i = 0; i < rows.size(); i++) {
      List<Slot> r = rows.get(i);
      while (r.size() < columns) {
        r.add(new Slot(null, i, r.size()));
      }
    }
    return new TableGrid(rows, headerRows, columns);
  }

  /** Places one row group (header or body); spans reach no further than its last row. */
  private static void place(List<Table.Row> group, List<List<Slot>> rows) {
    int first = rows.size();
    for (int i = 0; i < group.size(); i++) {
      rows.add(new ArrayList<>());
    }
    for (int i = 0; i < group.size(); i++) {
      int r = first + i;
      int column = 0;
      for (Table.Cell cell : group.get(i).cells()) {
        List<Slot> row = rows.get(r);
        while (column < row.size() && row.get(column) != null) {
          column++;
        }
        int lastRow = Math.min(first + group.size(), r + cell.rowspan());
        for (int rr = r; rr < lastRow; rr++) {
          List<Slot> covered = rows.get(rr);
          for (int c = column; c < column + cell.colspan(); c++) {
            while (covered.size() <= c) {
              covered.add(null);
            }
            covered.set(c, new Slot(cell, r, column));
          }
        }
        column += cell.colspan();
      }
    }
    for (int r = first; r < rows.size(); r++) {
      List<Slot> row = rows.get(r);
      for (int c = 0; c < row.size(); c++) {
        if (row.get(c) == null) {
          row.set(c, new Slot(null, r, c));
        }
      }
    }
  }

  /** The rows, header rows first; every row has {@link #columns()} slots. */
  public List<List<Slot>> rows() {
    return rows;
  }

  /** How many of the first rows are header rows. */
  public int headerRows() {
    return headerRows;
  }

  /** The number of columns. */
  public int columns() {
    return columns;
  }

  /** True when the slot at this position is where its cell starts (or is empty). */
  public boolean isOrigin(int row, int column) {
    Slot s = rows.get(row).get(column);
    return s.originRow() == row && s.originColumn() == column;
  }
}

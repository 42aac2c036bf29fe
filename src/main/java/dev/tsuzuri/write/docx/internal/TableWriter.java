package dev.tsuzuri.write.docx.internal;

import dev.tsuzuri.write.ooxml.XmlText;
import dev.tsuzuri.outline.Inline;
import dev.tsuzuri.outline.Table;
import dev.tsuzuri.outline.TableGrid;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a table in the "Table" table style, full text width, header rows repeated on every page
 * and each column aligned as the note says.
 */
final class TableWriter {
  /** Word cannot open a table with more columns than this. */
  static final int MAX_COLUMNS = 63;
  /** Word's default cell margins, left and right together, in twips. */
  private static final long CELL_MARGINS = 216;

  private TableWriter() {}

  /**
   * Writes the table.
   *
   * @param indent how far to indent it (inside a list item, to the item's text), in twips
   */
  static void write(Conversion cx, Target target, Table table, boolean footnote, long indent) {
    int columns = Math.max(1, table.columns());
    if (columns > MAX_COLUMNS) {
      cx.warnOnce(table.line(), "table has " + columns + " columns; Word allows "
          + MAX_COLUMNS + ", so the rest are joined into the last column");
      columns = MAX_COLUMNS;
    }
    StringBuilder out = target.out;
    out.append("<w:tbl><w:tblPr><w:tblStyle w:val=\"");
    XmlText.attribute(out, cx.style(StyleNames.TABLE)).append("\"/>");
    long available = Math.max(1440, cx.textWidthTwips() - indent);
    out.append("<w:tblW w:type=\"dxa\" w:w=\"").append(available).append("\"/>");
    if (indent > 0) {
      out.append("<w:tblInd w:type=\"dxa\" w:w=\"").append(indent).append("\"/>");
    }
    out.append("<w:tblLook w:firstRow=\"true\" w:noVBand=\"true\"/></w:tblPr><w:tblGrid>");
    long columnWidth = available / columns;
    for (int i = 0; i < columns; i++) {
      out.append("<w:gridCol w:w=\"").append(columnWidth).append("\"/>");
    }
    out.append("</w:tblGrid>");
    if (table.hasSpans()) {
      TableGrid grid = TableGrid.of(table);
      if (grid.columns() <= MAX_COLUMNS) {
        spanned(cx, target, table, grid, columnWidth, footnote);
        out.append("</w:tbl>");
        return;
      }
      cx.warnOnce(table.line(), "table too wide for Word with its merged cells; the cells are"
          + " shown unmerged");
    }
    Target cell = target.cell(columnWidth - CELL_MARGINS);
    for (Table.Row r : table.header()) {
      row(cx, cell, table, r, columns, columnWidth, true, footnote);
    }
    for (Table.Row r : table.body()) {
      row(cx, cell, table, r, columns, columnWidth, false, footnote);
    }
    if (table.header().isEmpty() && table.body().isEmpty()) {
      row(cx, cell, table, new Table.Row(List.of()), columns, columnWidth, false, footnote);
    }
    out.append("</w:tbl>");
  }

  private static void row(Conversion cx, Target cell, Table table, Table.Row r, int columns,
      long columnWidth, boolean header, boolean footnote) {
    StringBuilder out = cell.out;
    out.append(header ? "<w:tr><w:trPr><w:tblHeader/></w:trPr>" : "<w:tr>");
    List<List<Inline>> cells = fit(r.cells(), columns);
    for (int i = 0; i < columns; i++) {
      out.append("<w:tc><w:tcPr><w:tcW w:type=\"dxa\" w:w=\"").append(columnWidth)
          .append("\"/></w:tcPr><w:p>");
      int contentStart = out.length();
      String jc = switch (table.alignment(i)) {
        case LEFT -> "left";
        case CENTER -> "center";
        case RIGHT -> "right";
        case DEFAULT -> null;
      };
      if (jc != null) {
        out.append("<w:pPr><w:jc w:val=\"").append(jc).append("\"/></w:pPr>");
      }
      if (i < cells.size()) {
        new InlineWriter(cx, cell, footnote, false).write(cells.get(i));
      }
      WordXml.close(out, contentStart, "w:p");
      out.append("</w:tc>");
    }
    out.append("</w:tr>");
  }

  /**
   * The rows of a table with merged cells: a cell spanning columns has {@code w:gridSpan}, one
   * spanning rows {@code w:vMerge} in each row it covers, as Word merges them.
   */
  private static void spanned(Conversion cx, Target target, Table table, TableGrid grid,
      long columnWidth, boolean footnote) {
    StringBuilder out = target.out;
    int columns = grid.columns();
    for (int r = 0; r < grid.rows().size(); r++) {
      boolean header = r < grid.headerRows();
      out.append(header ? "<w:tr><w:trPr><w:tblHeader/></w:trPr>" : "<w:tr>");
      List<TableGrid.Slot> row = grid.rows().get(r);
      int c = 0;
      while (c < columns) {
        TableGrid.Slot slot = row.get(c);
        int span = slot.isEmpty() ? 1
            : Math.min(slot.cell().colspan(), columns - slot.originColumn());
        long width = columnWidth * span;
        out.append("<w:tc><w:tcPr><w:tcW w:type=\"dxa\" w:w=\"").append(width).append("\"/>");
        if (span > 1) {
          out.append("<w:gridSpan w:val=\"").append(span).append("\"/>");
        }
        boolean origin = !slot.isEmpty() && slot.originRow() == r;
        boolean continues = r + 1 < grid.rows().size() && (r + 1 < grid.headerRows() || !header)
            && !slot.isEmpty() && grid.rows().get(r + 1).get(c).cell() == slot.cell();
        if (!slot.isEmpty() && !origin) {
          out.append("<w:vMerge/>");
        } else if (continues) {
          out.append("<w:vMerge w:val=\"restart\"/>");
        }
        out.append("</w:tcPr><w:p>");
        int contentStart = out.length();
        String jc = justification(table.alignment(c));
        if (jc != null) {
          out.append("<w:pPr><w:jc w:val=\"").append(jc).append("\"/></w:pPr>");
        }
        if (origin) {
          new InlineWriter(cx, target.cell(width - CELL_MARGINS), footnote, false)
              .write(slot.cell().content());
        }
        WordXml.close(out, contentStart, "w:p");
        out.append("</w:tc>");
        c += span;
      }
      out.append("</w:tr>");
    }
  }

  private static String justification(Table.Alignment a) {
    return switch (a) {
      case LEFT -> "left";
      case CENTER -> "center";
      case RIGHT -> "right";
      case DEFAULT -> null;
    };
  }

  /** The cells' content, those past the last column joined into it. */
  private static List<List<Inline>> fit(List<Table.Cell> cells, int columns) {
    List<List<Inline>> out = new ArrayList<>();
    for (int i = 0; i < cells.size(); i++) {
      if (i < columns) {
        out.add(new ArrayList<>(cells.get(i).content()));
      } else {
        List<Inline> last = out.get(columns - 1);
        last.add(new Inline.Text(" | "));
        last.addAll(cells.get(i).content());
      }
    }
    return out;
  }
}

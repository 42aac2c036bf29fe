package dev.tsuzuri.write.docx.internal;

import dev.tsuzuri.outline.Inline;
import dev.tsuzuri.outline.Table;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Writes a table in the "Table" table style, full text width, header rows repeated on every page
 * and each column aligned as the note says.
 */
final class TableWriter {
  /** Word cannot open a table with more columns than this. */
  static final int MAX_COLUMNS = 63;

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
    CTTbl tbl = target.tables().get();
    CTTblPr pr = tbl.addNewTblPr();
    pr.addNewTblStyle().setVal(cx.style(StyleNames.TABLE));
    long available = Math.max(1440, cx.textWidthTwips() - indent);
    var width = pr.addNewTblW();
    width.setType(STTblWidth.DXA);
    width.setW(BigInteger.valueOf(available));
    if (indent > 0) {
      var ind = pr.addNewTblInd();
      ind.setType(STTblWidth.DXA);
      ind.setW(BigInteger.valueOf(indent));
    }
    var look = pr.addNewTblLook();
    look.setFirstRow(Boolean.TRUE);
    look.setNoVBand(Boolean.TRUE);
    long columnWidth = available / columns;
    var grid = tbl.addNewTblGrid();
    for (int i = 0; i < columns; i++) {
      grid.addNewGridCol().setW(BigInteger.valueOf(columnWidth));
    }
    for (Table.Row r : table.header()) {
      row(cx, target, tbl, table, r, columns, columnWidth, true, footnote);
    }
    for (Table.Row r : table.body()) {
      row(cx, target, tbl, table, r, columns, columnWidth, false, footnote);
    }
    if (table.header().isEmpty() && table.body().isEmpty()) {
      row(cx, target, tbl, table, new Table.Row(List.of()), columns, columnWidth, false,
          footnote);
    }
  }

  private static void row(Conversion cx, Target target, CTTbl tbl, Table table, Table.Row r,
      int columns, long columnWidth, boolean header, boolean footnote) {
    CTRow tr = tbl.addNewTr();
    if (header) {
      tr.addNewTrPr().addNewTblHeader();
    }
    List<List<Inline>> cells = fit(r.cells(), columns);
    for (int i = 0; i < columns; i++) {
      CTTc tc = tr.addNewTc();
      var w = tc.addNewTcPr().addNewTcW();
      w.setType(STTblWidth.DXA);
      w.setW(BigInteger.valueOf(columnWidth));
      CTP p = tc.addNewP();
      STJc.Enum jc = switch (table.alignment(i)) {
        case LEFT -> STJc.LEFT;
        case CENTER -> STJc.CENTER;
        case RIGHT -> STJc.RIGHT;
        case DEFAULT -> null;
      };
      if (jc != null) {
        p.addNewPPr().addNewJc().setVal(jc);
      }
      if (i < cells.size()) {
        Target cell = new Target(tc::addNewP, null, target.body(), target.part());
        new InlineWriter(cx, cell, p, footnote, null).write(cells.get(i));
      }
    }
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

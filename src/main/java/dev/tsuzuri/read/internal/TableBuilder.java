package dev.tsuzuri.read.internal;

import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.util.ast.Node;
import dev.tsuzuri.outline.Table;
import java.util.ArrayList;
import java.util.List;

/** A GFM table: header rows, body rows and the alignment of each column. */
final class TableBuilder {
  private final InlineBuilder inlines;

  TableBuilder(InlineBuilder inlines) {
    this.inlines = inlines;
  }

  Table table(TableBlock block, int line) {
    List<Table.Row> header = new ArrayList<>();
    List<Table.Row> body = new ArrayList<>();
    List<Table.Alignment> alignments = new ArrayList<>();
    for (Node part = block.getFirstChild(); part != null; part = part.getNext()) {
      if (part instanceof TableHead) {
        rows(part, header, alignments);
      } else if (part instanceof TableBody) {
        rows(part, body, alignments);
      }
    }
    return new Table(alignments, header, body, line);
  }

  private void rows(Node part, List<Table.Row> rows, List<Table.Alignment> alignments) {
    for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
      if (!(row instanceof TableRow)) {
        continue;
      }
      List<Table.Cell> cells = new ArrayList<>();
      for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
        if (cell instanceof TableCell c) {
          if (cells.size() == alignments.size()) {
            alignments.add(alignment(c.getAlignment()));
          }
          cells.add(new Table.Cell(inlines.of(c)));
        }
      }
      rows.add(new Table.Row(cells));
    }
  }

  private static Table.Alignment alignment(TableCell.Alignment a) {
    if (a == null) {
      return Table.Alignment.DEFAULT;
    }
    switch (a) {
      case LEFT:
        return Table.Alignment.LEFT;
      case CENTER:
        return Table.Alignment.CENTER;
      case RIGHT:
        return Table.Alignment.RIGHT;
      default:
        return Table.Alignment.DEFAULT;
    }
  }
}

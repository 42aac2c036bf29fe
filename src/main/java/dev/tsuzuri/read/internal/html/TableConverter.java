package dev.tsuzuri.read.internal.html;

import dev.tsuzuri.outline.Block;
import dev.tsuzuri.outline.Inline;
import dev.tsuzuri.outline.Paragraph;
import dev.tsuzuri.outline.Table;
import dev.tsuzuri.outline.TableGrid;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * {@code <table>} as an outline table: {@code <thead>} rows (or leading rows of only
 * {@code <th>}) as header, cells with their spans, each column aligned as its first aligned cell
 * says. A caption becomes a paragraph before the table.
 */
final class TableConverter {
  /** HTML's own limit on {@code colspan}. */
  static final int MAX_COLSPAN = 1000;
  /** HTML's own limit on {@code rowspan}. */
  static final int MAX_ROWSPAN = 65534;
  /** Tables with more positions than this are shown as lines of text. */
  static final long MAX_SLOTS = 1_000_000;

  private final Reading r;
  private final int depth;
  /** The cells that say how they are aligned. */
  private final java.util.Map<Table.Cell, Table.Alignment> aligned =
      new java.util.IdentityHashMap<>();
  /** The indexes of the body rows made only of {@code <th>} cells. */
  private final java.util.Set<Integer> headerRows = new java.util.HashSet<>();

  private TableConverter(Reading r, int depth) {
    this.r = r;
    this.depth = depth;
  }

  /** The blocks of a table: its caption, if any, and the table. */
  static List<Block> of(Element table, Reading r, int depth) {
    return new TableConverter(r, depth).convert(table);
  }

  private List<Block> convert(Element table) {
    List<Block> out = new ArrayList<>();
    List<Table.Row> header = new ArrayList<>();
    List<Table.Row> body = new ArrayList<>();
    int line = r.line(table);
    for (Element part : table.children()) {
      switch (part.normalName()) {
        case "caption" -> {
          InlineConverter c = new InlineConverter(r);
          c.children(part, depth);
          List<Inline> caption = c.finish();
          if (!caption.isEmpty()) {
            out.add(new Paragraph(caption, r.line(part)));
          }
        }
        case "thead" -> rows(part, header);
        case "tbody", "tfoot" -> rows(part, body);
        case "tr" -> row(part, body);
        default -> r.checkHandlers(part);
      }
    }
    if (header.isEmpty()) {
      int n = 0;
      while (n < body.size() && headerRows.contains(n)) {
        n++;
      }
      header.addAll(body.subList(0, n));
      body.subList(0, n).clear();
    }
    if (slots(header) + slots(body) > MAX_SLOTS) {
      r.ctx.warn(line, "HTML table too large to lay out (over " + MAX_SLOTS
          + " cells with its spans); its rows are shown as lines of text");
      for (List<Table.Row> part : List.of(header, body)) {
        for (Table.Row row : part) {
          out.add(new Paragraph(joined(row), line));
        }
      }
      return out;
    }
    if (!header.isEmpty() || !body.isEmpty()) {
      out.add(new Table(alignments(header, body), header, body, line));
    }
    return out;
  }

  private void rows(Element part, List<Table.Row> rows) {
    for (Element tr : part.children()) {
      if (tr.normalName().equals("tr")) {
        row(tr, rows);
      }
    }
  }

  private void row(Element tr, List<Table.Row> rows) {
    r.checkHandlers(tr);
    List<Table.Cell> cells = new ArrayList<>();
    boolean onlyTh = true;
    for (Element td : tr.children()) {
      String name = td.normalName();
      if (!name.equals("td") && !name.equals("th")) {
        continue;
      }
      onlyTh &= name.equals("th");
      InlineConverter c = new InlineConverter(r);
      r.checkHandlers(td);
      c.children(td, depth);
      int colspan = span(td.attr("colspan"), MAX_COLSPAN);
      int rowspan = span(td.attr("rowspan"), MAX_ROWSPAN);
      Table.Cell cell = new Table.Cell(c.finish(), colspan, rowspan);
      Table.Alignment a = alignment(td);
      if (a != Table.Alignment.DEFAULT) {
        aligned.put(cell, a);
      }
      cells.add(cell);
    }
    if (onlyTh && !cells.isEmpty()) {
      headerRows.add(rows.size());
    }
    rows.add(new Table.Row(cells));
  }

  /**
   * Each column's alignment: that of the first cell starting in it that has one (placed on the
   * grid, so spans from the left and from above are counted).
   */
  private List<Table.Alignment> alignments(List<Table.Row> header, List<Table.Row> body) {
    List<Table.Alignment> columns = new ArrayList<>();
    if (aligned.isEmpty()) {
      return columns;
    }
    TableGrid grid = TableGrid.of(new Table(List.of(), header, body, 0));
    for (int c = 0; c < grid.columns(); c++) {
      Table.Alignment found = Table.Alignment.DEFAULT;
      for (int r = 0; r < grid.rows().size() && found == Table.Alignment.DEFAULT; r++) {
        TableGrid.Slot slot = grid.rows().get(r).get(c);
        if (!slot.isEmpty() && slot.originColumn() == c) {
          found = aligned.getOrDefault(slot.cell(), Table.Alignment.DEFAULT);
        }
      }
      columns.add(found);
    }
    return columns;
  }

  private static long slots(List<Table.Row> rows) {
    long widest = 0;
    long spanned = 0;
    for (Table.Row row : rows) {
      long width = 0;
      for (Table.Cell c : row.cells()) {
        width += c.colspan();
        spanned += (long) c.colspan() * Math.min(c.rowspan(), rows.size());
      }
      widest = Math.max(widest, width);
    }
    return Math.max(widest * rows.size(), spanned);
  }

  private static List<Inline> joined(Table.Row row) {
    List<Inline> out = new ArrayList<>();
    for (Table.Cell c : row.cells()) {
      if (!out.isEmpty()) {
        out.add(new Inline.Text(" | "));
      }
      out.addAll(c.content());
    }
    return InlineConverter.merged(out);
  }

  /** A span attribute: 1 when missing or junk, at most {@code max}. */
  private static int span(String value, int max) {
    int n = Pictures.pixels(value);
    return n < 1 ? 1 : Math.min(n, max);
  }

  private static Table.Alignment alignment(Element cell) {
    String align = cell.attr("align").strip().toLowerCase(Locale.ROOT);
    if (align.isEmpty()) {
      String style = cell.attr("style").toLowerCase(Locale.ROOT);
      int at = style.length() <= 1000 ? style.indexOf("text-align") : -1;
      if (at >= 0) {
        int colon = style.indexOf(':', at);
        int end = style.indexOf(';', at);
        align = colon < 0 ? "" : style.substring(colon + 1, end < 0 ? style.length() : end).strip();
      }
    }
    return switch (align) {
      case "left", "start" -> Table.Alignment.LEFT;
      case "center" -> Table.Alignment.CENTER;
      case "right", "end" -> Table.Alignment.RIGHT;
      default -> Table.Alignment.DEFAULT;
    };
  }
}

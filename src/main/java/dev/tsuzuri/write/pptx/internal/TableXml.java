package dev.tsuzuri.write.pptx.internal;

import dev.tsuzuri.slide.Run;
import dev.tsuzuri.slide.TableContent;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * Writes a native PowerPoint table as {@link TableMaker} laid it out: columns in proportion to
 * the plan's weights, rows as tall as their measured text, a coloured header row, banded rows and
 * a rule under every cell.
 */
final class TableXml {
  private static final String HEADER_FILL = "2E6DB4";
  private static final String BAND_FILL = "EEF2F7";
  /** The cell margins (3 pt, 6 pt) and borders: no rule but the bottom one. */
  private static final String CELL_PROPS = "<a:tcPr marL=\"76200\" marR=\"76200\" "
      + "marT=\"38100\" marB=\"38100\"><a:lnL><a:noFill/></a:lnL><a:lnR><a:noFill/></a:lnR>"
      + "<a:lnT><a:noFill/></a:lnT><a:lnB w=\"12700\" cap=\"flat\" cmpd=\"sng\" algn=\"ctr\">"
      + "<a:solidFill><a:srgbClr val=\"B8C4D2\"/></a:solidFill><a:prstDash val=\"solid\"/>"
      + "<a:round/><a:headEnd type=\"none\" w=\"med\" len=\"med\"/>"
      + "<a:tailEnd type=\"none\" w=\"med\" len=\"med\"/></a:lnB>";

  private TableXml() {}

  /** Appends the table's graphic frame at the top of the area. */
  static void write(SlideXml slide, TextXml text, TextFiller filler, TableContent t,
      Rectangle2D area, TableMaker.Layout layout) {
    StringBuilder out = slide.xml();
    int id = slide.nextId();
    double total = 0;
    for (double h : layout.heights()) {
      total += h;
    }
    out.append("<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id=\"").append(id)
        .append("\" name=\"Table ").append(id).append("\"/><p:cNvGraphicFramePr>")
        .append("<a:graphicFrameLocks noGrp=\"1\"/></p:cNvGraphicFramePr><p:nvPr/>")
        .append("</p:nvGraphicFramePr><p:xfrm>");
    SlideXml.box(out, area.getX(), area.getY(), area.getWidth(), total);
    out.append("</p:xfrm><a:graphic><a:graphicData ")
        .append("uri=\"http://schemas.openxmlformats.org/drawingml/2006/table\"><a:tbl><a:tblPr/>")
        .append("<a:tblGrid>");
    for (double w : layout.widths()) {
      out.append("<a:gridCol w=\"").append(Xml.emu(w)).append("\"/>");
    }
    out.append("</a:tblGrid>");
    int headerRows = t.header().size();
    int band = 0;
    for (int r = 0; r < layout.heights().length; r++) {
      boolean header = r < headerRows;
      List<List<Run>> row = header ? t.header().get(r) : t.rows().get(r - headerRows);
      String fill = header ? HEADER_FILL : band++ % 2 == 1 ? BAND_FILL : null;
      out.append("<a:tr h=\"").append(Xml.emu(layout.heights()[r])).append("\">");
      for (int c = 0; c < layout.widths().length; c++) {
        List<Run> runs = c < row.size() ? row.get(c) : List.of();
        out.append("<a:tc><a:txBody><a:bodyPr/><a:lstStyle/>");
        text.paragraph(out, filler.pieces(runs, TableMaker.SIZE), align(t, c), slide.rels(),
            header);
        out.append("</a:txBody>").append(CELL_PROPS);
        if (fill != null) {
          out.append("<a:solidFill><a:srgbClr val=\"").append(fill).append("\"/></a:solidFill>");
        }
        out.append("</a:tcPr></a:tc>");
      }
      out.append("</a:tr>");
    }
    out.append("</a:tbl></a:graphicData></a:graphic></p:graphicFrame>");
  }

  private static String align(TableContent t, int c) {
    String a = c < t.alignments().size() ? t.alignments().get(c) : "";
    return switch (a) {
      case "ctr" -> "ctr";
      case "r" -> "r";
      default -> "l";
    };
  }
}

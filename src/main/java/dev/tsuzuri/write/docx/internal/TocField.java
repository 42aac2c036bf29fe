package dev.tsuzuri.write.docx.internal;

import dev.tsuzuri.write.ooxml.XmlText;
import dev.tsuzuri.outline.Block;
import dev.tsuzuri.outline.Section;
import dev.tsuzuri.write.XmlChars;
import java.util.ArrayList;
import java.util.List;

/**
 * A table of contents as a Word field (TOC with switches o, h, z and u) that Word fills in with page
 * numbers when the document opens (the settings ask it to update fields). Until then the field
 * shows the headings as links, so other readers see a usable list too.
 */
final class TocField {
  private static final String END = "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";

  private TocField() {}

  static void write(Conversion cx, Target target) {
    StringBuilder out = target.out;
    pStyle(cx, out.append("<w:p>"), StyleNames.TOC_HEADING).append("<w:r>");
    InlineWriter.t(out, cx.japanese ? "目次" : "Contents").append("</w:r></w:p>");

    List<Section> entries = new ArrayList<>();
    collect(cx.source.blocks(), entries);
    String firstStyle = cx.style(StyleNames.toc(1));
    if (!entries.isEmpty() && entries.get(0).level() != 1) {
      firstStyle = cx.style(StyleNames.toc(entries.get(0).level()));
    }
    out.append("<w:p><w:pPr><w:pStyle w:val=\"");
    XmlText.attribute(out, firstStyle).append("\"/></w:pPr>");
    out.append("<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText"
        + " xml:space=\"preserve\"> TOC \\o \"1-3\" \\h \\z \\u </w:instrText></w:r>"
        + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>");
    if (entries.isEmpty()) {
      out.append("<w:r>");
      InlineWriter.t(out, cx.japanese ? "（Word で開くと目次が作られます）"
          : "(Word builds the table of contents on opening)").append("</w:r>");
    }
    for (int i = 0; i < entries.size(); i++) {
      Section s = entries.get(i);
      if (i > 0) {
        pStyle(cx, out.append("</w:p><w:p>"), StyleNames.toc(s.level()));
      }
      out.append("<w:hyperlink w:anchor=\"");
      XmlText.attribute(out, cx.bookmarks.get(s.id())).append("\" w:history=\"true\"><w:r>");
      InlineWriter.t(out, XmlChars.clean(s.titleText())).append("</w:r></w:hyperlink>");
    }
    out.append(END).append("</w:p>");
  }

  private static StringBuilder pStyle(Conversion cx, StringBuilder out, String style) {
    out.append("<w:pPr><w:pStyle w:val=\"");
    return XmlText.attribute(out, cx.style(style)).append("\"/></w:pPr>");
  }

  private static void collect(List<Block> blocks, List<Section> out) {
    for (Block b : blocks) {
      if (b instanceof Section s) {
        if (s.level() <= 3) {
          out.add(s);
        }
        collect(s.blocks(), out);
      }
    }
  }
}

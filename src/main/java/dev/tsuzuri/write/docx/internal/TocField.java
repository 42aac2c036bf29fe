package dev.tsuzuri.write.docx.internal;

import dev.tsuzuri.write.XmlChars;
import dev.tsuzuri.outline.Block;
import dev.tsuzuri.outline.Section;
import java.util.ArrayList;
import java.util.List;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/**
 * A table of contents as a Word field (TOC with switches o, h, z and u) that Word fills in with page
 * numbers when the document opens (the settings ask it to update fields). Until then the field
 * shows the headings as links, so other readers see a usable list too.
 */
final class TocField {
  private TocField() {}

  static void write(Conversion cx, Target target) {
    CTP heading = target.paragraphs().get();
    heading.addNewPPr().addNewPStyle().setVal(cx.style(StyleNames.TOC_HEADING));
    InlineWriter.setText(heading.addNewR().addNewT(), cx.japanese ? "目次" : "Contents");

    List<Section> entries = new ArrayList<>();
    collect(cx.source.blocks(), entries);
    CTP first = target.paragraphs().get();
    first.addNewPPr().addNewPStyle().setVal(cx.style(StyleNames.toc(1)));
    first.addNewR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
    var instr = first.addNewR().addNewInstrText();
    instr.setStringValue(" TOC \\o \"1-3\" \\h \\z \\u ");
    instr.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
    first.addNewR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
    CTP last = first;
    if (entries.isEmpty()) {
      InlineWriter.setText(first.addNewR().addNewT(), cx.japanese
          ? "（Word で開くと目次が作られます）" : "(Word builds the table of contents on opening)");
    }
    for (int i = 0; i < entries.size(); i++) {
      Section s = entries.get(i);
      CTP p = i == 0 ? first : target.paragraphs().get();
      if (i > 0) {
        p.addNewPPr().addNewPStyle().setVal(cx.style(StyleNames.toc(s.level())));
      } else if (s.level() != 1) {
        p.getPPr().getPStyle().setVal(cx.style(StyleNames.toc(s.level())));
      }
      var link = p.addNewHyperlink();
      link.setAnchor(cx.bookmarks.get(s.id()));
      link.setHistory(Boolean.TRUE);
      InlineWriter.setText(link.addNewR().addNewT(), XmlChars.clean(s.titleText()));
      last = p;
    }
    last.addNewR().addNewFldChar().setFldCharType(STFldCharType.END);
    cx.doc.enforceUpdateFields();
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

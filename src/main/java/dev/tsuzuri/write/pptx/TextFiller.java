package dev.tsuzuri.write.pptx;

import dev.tsuzuri.write.XmlChars;
import dev.tsuzuri.slide.Line;
import dev.tsuzuri.slide.Run;
import java.awt.Color;
import java.util.List;
import org.apache.poi.common.usermodel.fonts.FontGroup;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextCharacterProperties;

/**
 * Writes planned lines and runs into a text shape: levels, bullets, marks, links, and on every run
 * its language and both a Latin and an East Asian typeface. The same code fills the shapes that
 * are measured and the shapes that are saved, so what was measured is what is written.
 */
final class TextFiller {
  /** The deepest level the bundled master styles (0-based); deeper lines are folded into it. */
  static final int MAX_LEVEL = 4;
  /** Code is set in this size, with this fixed line pitch, in points. */
  static final double CODE_SIZE = 18;
  static final double CODE_PITCH = 23;
  private static final Color CONTEXT_GREY = new Color(0x80, 0x80, 0x80);

  private final TextStyle style;

  TextFiller(TextStyle style) {
    this.style = style;
  }

  /** Replaces the shape's text with these lines. */
  void lines(XSLFTextShape shape, List<Line> lines) {
    shape.clearText();
    for (Line line : lines) {
      XSLFTextParagraph p = shape.addNewTextParagraph();
      int level = Math.min(line.level(), MAX_LEVEL);
      p.setIndentLevel(level);
      boolean folded = line.level() > MAX_LEVEL;
      switch (line.kind()) {
        case BULLET -> {
          if (line.continued()) {
            p.setBullet(false);
            p.setIndent(0.0);
          }
        }
        case NUMBER, PLAIN -> {
          p.setBullet(false);
          p.setIndent(0.0);
        }
        case CODE -> {
          p.setBullet(false);
          p.setIndent(0.0);
          p.setLineSpacing(-CODE_PITCH);
          p.setSpaceBefore(0.0);
        }
        default -> throw new IllegalStateException();
      }
      if (folded && !line.continued()) {
        // levels the layout cannot show stay visible, marked by depth
        run(p, Run.plain("›".repeat(line.level() - MAX_LEVEL) + " "), line.repeated());
      }
      if (line.kind() == Line.Kind.NUMBER && !line.continued()) {
        run(p, Run.plain(line.number() + " "), line.repeated());
      }
      for (Run r : line.runs()) {
        XSLFTextRun tr = run(p, r, line.repeated());
        if (line.kind() == Line.Kind.CODE) {
          tr.setFontSize(CODE_SIZE);
        }
      }
      if (line.runs().isEmpty()) {
        run(p, Run.plain(""), line.repeated());
      }
    }
  }

  /** Replaces the shape's text with one paragraph of runs (a title). */
  void runs(XSLFTextShape shape, List<Run> runs, Double size) {
    shape.clearText();
    XSLFTextParagraph p = shape.addNewTextParagraph();
    for (Run r : runs) {
      XSLFTextRun tr = run(p, r, false);
      if (size != null) {
        tr.setFontSize(size);
      }
    }
    if (runs.isEmpty()) {
      run(p, Run.plain(""), false);
    }
  }

  /** Adds a run (or several, split at line breaks) to a paragraph; returns the last. */
  XSLFTextRun run(XSLFTextParagraph p, Run r, boolean grey) {
    String text = XmlChars.clean(r.text());
    if (!r.code()) {
      // LibreOffice exports the text after an ideographic space (U+3000) out of reading order
      // when the line wraps or mixes scripts, so copied or searched text comes out scrambled;
      // a plain space separates just as well on a slide
      text = text.replace('\u3000', ' ');
    }
    String[] parts = text.split("\n", -1);
    XSLFTextRun last = null;
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        mark(p.addLineBreak(), r, grey);
      }
      if (parts[i].isEmpty() && parts.length > 1) {
        continue;
      }
      last = p.addNewTextRun();
      last.setText(parts[i]);
      mark(last, r, grey);
    }
    if (last == null) {
      last = p.addNewTextRun();
      last.setText("");
      mark(last, r, grey);
    }
    return last;
  }

  private void mark(XSLFTextRun tr, Run r, boolean grey) {
    String face = r.code() ? style.monoFace() : style.face();
    tr.setFontFamily(face, FontGroup.LATIN);
    tr.setFontFamily(face, FontGroup.EAST_ASIAN);
    CTTextCharacterProperties pr = tr.getRPr(true);
    pr.setLang(style.lang());
    pr.setAltLang("en-US");
    if (r.bold()) {
      tr.setBold(true);
    }
    if (r.italic()) {
      tr.setItalic(true);
    }
    if (r.strike()) {
      tr.setStrikethrough(true);
    }
    if (grey) {
      tr.setFontColor(CONTEXT_GREY);
    }
    if (!r.link().isEmpty() && !grey) {
      try {
        tr.createHyperlink().setAddress(XmlChars.clean(r.link()));
      } catch (IllegalArgumentException e) {
        // an address the package cannot hold as a relationship: keep the text only
      }
    }
  }
}

package dev.tsuzuri.write.pptx.internal;

import dev.tsuzuri.write.CodeColors;
import dev.tsuzuri.write.XmlChars;
import dev.tsuzuri.slide.Line;
import dev.tsuzuri.slide.Run;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.common.usermodel.fonts.FontGroup;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextCharacterProperties;

/**
 * Writes planned lines and runs into a text shape: levels, bullets, marks, links, and on every run
 * its language and both a Latin and an East Asian typeface, into the scratch shapes text is
 * measured in. {@link TextXml} writes the same {@link Piece}s into the saved slides, so what was
 * measured is what is written.
 */
final class TextFiller {
  /** The deepest level the bundled master styles (0-based); deeper lines are folded into it. */
  static final int MAX_LEVEL = 4;
  /** Code is set in this size, with this fixed line pitch, in points. */
  static final double CODE_SIZE = 18;
  static final double CODE_PITCH = 23;
  private static final Color CONTEXT_GREY = new Color(0x80, 0x80, 0x80);
  /**
   * The line spacing of body text set smaller ({@link #sized}), in percent of single spacing:
   * a layout's line pitches are in points (the bundled one sets 22 pt text 29 pt apart) and
   * would not shrink with the text, so a smaller size won little room. 90% is what PowerPoint's
   * own Office theme gives body text; BIZ UDPGothic's glyphs take 1.0 em of the 1.15 em single
   * line, so lines still do not touch.
   */
  static final double SIZED_LINE_SPACING = 90;
  /**
   * The space before a paragraph of body text set smaller, as a share of its size: 0.2 em, about
   * the Office theme's 5 pt before its second-level paragraphs at 18 pt. With 100% and 0.4 em the
   * Marp corpus deck that holds most per page made 55 slides for 49 pages; with these, 49.
   */
  static final double SIZED_SPACE_BEFORE = 0.2;

  private final TextStyle style;
  /** The size every text run of a body is set in, in points, or null for the layout's own. */
  private final Double bodySize;
  /** The size code is set in, in points. */
  private final double codeSize;

  TextFiller(TextStyle style) {
    this(style, null, CODE_SIZE);
  }

  private TextFiller(TextStyle style, Double bodySize, double codeSize) {
    this.style = style;
    this.bodySize = bodySize;
    this.codeSize = codeSize;
  }

  /** The typefaces and language this filler writes. */
  TextStyle style() {
    return style;
  }

  /**
   * A filler that sets body text and code in these sizes: a page the author cut is kept on one
   * slide by setting its text smaller, body text never below
   * {@link dev.tsuzuri.slide.Fit#MIN_BODY_SIZE}, code never below
   * {@link dev.tsuzuri.slide.Fit#MIN_CODE_SIZE}.
   *
   * @param body the body text's size, or 0 for the layout's own
   * @param code the code's size, or 0 for {@link #CODE_SIZE}
   */
  TextFiller sized(double body, double code) {
    return new TextFiller(style, body <= 0 ? null : Double.valueOf(body),
        code <= 0 ? CODE_SIZE : code);
  }

  /** The fixed line pitch of code, in points: {@link #CODE_PITCH} in proportion to its size. */
  double codePitch() {
    return CODE_PITCH * codeSize / CODE_SIZE;
  }

  /** Replaces the shape's text with these lines. */
  void lines(XSLFTextShape shape, List<Line> lines) {
    shape.clearText();
    for (Line line : lines) {
      XSLFTextParagraph p = shape.addNewTextParagraph();
      int level = Math.min(line.level(), MAX_LEVEL);
      p.setIndentLevel(level);
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
          p.setLineSpacing(-codePitch());
          p.setSpaceBefore(0.0);
          // shapes filled here are measured, never written: code wraps where a fallback face
          // would wrap it
          p.setRightMargin(Measure.codeRightMargin(shape.getAnchor().getWidth()));
        }
        default -> throw new IllegalStateException();
      }
      Double before = sizedSpaceBefore(line);
      if (before != null) {
        p.setLineSpacing(SIZED_LINE_SPACING);
        p.setSpaceBefore(-before);
      }
      for (Piece piece : pieces(line)) {
        write(p, piece);
      }
    }
  }

  /**
   * The space before a body line set smaller, in points, when this filler sets body text
   * smaller (then its line spacing is {@link #SIZED_LINE_SPACING} too); else null, and the
   * layout's spacing holds.
   */
  Double sizedSpaceBefore(Line line) {
    return bodySize == null || line.kind() == Line.Kind.CODE ? null
        : bodySize * SIZED_SPACE_BEFORE;
  }

  /**
   * A body line's style as this filler writes it, from the style its layout gives it: code and a
   * line set smaller carry their own spacing (what a snapshot of the layout cannot know).
   */
  ParagraphStyle styleOf(ParagraphStyle layout, Line line) {
    if (line.kind() == Line.Kind.CODE) {
      return layout.withSpacing(-codePitch(), layout.spaceBefore());
    }
    Double before = sizedSpaceBefore(line);
    return before == null ? layout : layout.withSpacing(SIZED_LINE_SPACING, -before);
  }

  /**
   * One run as written into a paragraph: cleaned text with its marks, or a line break.
   *
   * @param text the text, as written (empty for a line break)
   * @param marks the marks of the planned run it comes from
   * @param lineBreak true for a line break ({@code a:br})
   * @param grey true for a line repeated for context
   * @param size the font size in points, or null for the placeholder's own
   */
  record Piece(String text, Run marks, boolean lineBreak, boolean grey, Double size) {}

  /** The runs a line is written as, in order: the measurer lays out exactly these. */
  List<Piece> pieces(Line line) {
    List<Piece> out = new ArrayList<>();
    boolean grey = line.repeated();
    Double size = line.kind() == Line.Kind.CODE ? Double.valueOf(codeSize) : bodySize;
    if (line.level() > MAX_LEVEL && !line.continued()) {
      // levels the layout cannot show stay visible, marked by depth
      split(out, Run.plain("›".repeat(line.level() - MAX_LEVEL) + " "), grey, bodySize);
    }
    if (line.kind() == Line.Kind.NUMBER && !line.continued()) {
      split(out, Run.plain(line.number() + " "), grey, bodySize);
    }
    for (Run r : line.runs()) {
      split(out, r, grey, size);
    }
    if (line.runs().isEmpty()) {
      split(out, Run.plain(""), grey, bodySize);
    }
    return out;
  }

  /** The runs a title (one paragraph) is written as. */
  List<Piece> pieces(List<Run> runs, Double size) {
    List<Piece> out = new ArrayList<>();
    for (Run r : runs) {
      split(out, r, false, size);
    }
    if (runs.isEmpty()) {
      split(out, Run.plain(""), false, null);
    }
    return out;
  }

  /** Replaces the shape's text with one paragraph of runs (a title). */
  void runs(XSLFTextShape shape, List<Run> runs, Double size) {
    shape.clearText();
    XSLFTextParagraph p = shape.addNewTextParagraph();
    for (Piece piece : pieces(runs, size)) {
      write(p, piece);
    }
  }

  /** A run as pieces: its text cleaned and split at line breaks, never nothing. */
  private static void split(List<Piece> out, Run r, boolean grey, Double size) {
    String text = XmlChars.clean(r.text());
    if (!r.code()) {
      // LibreOffice exports the text after an ideographic space (U+3000) out of reading order
      // when the line wraps or mixes scripts, so copied or searched text comes out scrambled;
      // a plain space separates just as well on a slide
      text = text.replace('\u3000', ' ');
    }
    String[] parts = text.split("\n", -1);
    boolean any = false;
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        out.add(new Piece("", r, true, grey, size));
      }
      if (parts[i].isEmpty() && parts.length > 1) {
        continue;
      }
      out.add(new Piece(parts[i], r, false, grey, size));
      any = true;
    }
    if (!any) {
      out.add(new Piece("", r, false, grey, size));
    }
  }

  private void write(XSLFTextParagraph p, Piece piece) {
    XSLFTextRun tr;
    if (piece.lineBreak()) {
      tr = p.addLineBreak();
    } else {
      tr = p.addNewTextRun();
      tr.setText(piece.text());
    }
    mark(tr, piece.marks(), piece.grey());
    if (piece.size() != null) {
      tr.setFontSize(piece.size());
    }
  }

  private void mark(XSLFTextRun tr, Run r, boolean grey) {
    String face = r.code() ? style.monoFace() : style.face();
    tr.setFontFamily(face, FontGroup.LATIN);
    tr.setFontFamily(face, FontGroup.EAST_ASIAN);
    CTTextCharacterProperties pr = tr.getRPr(true);
    pr.setLang(style.lang());
    pr.setAltLang("en-US");
    // a code token is measured with the weight and slant it is written with
    CodeColors.Look look = CodeColors.look(r.token());
    if (r.bold() || look != null && look.bold()) {
      tr.setBold(true);
    }
    if (r.italic() || look != null && look.italic()) {
      tr.setItalic(true);
    }
    if (r.strike()) {
      tr.setStrikethrough(true);
    }
    if (r.underline()) {
      tr.setUnderlined(true);
    }
    if (r.baseline() != 0) {
      tr.setBaselineOffset(r.baseline() > 0 ? 30 : -25);
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

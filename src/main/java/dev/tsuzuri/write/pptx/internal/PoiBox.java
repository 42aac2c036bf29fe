package dev.tsuzuri.write.pptx.internal;

import dev.tsuzuri.slide.Line;
import dev.tsuzuri.slide.Run;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Optional;
import org.apache.poi.sl.usermodel.Insets2D;
import org.apache.poi.sl.usermodel.TextParagraph;
import org.apache.poi.sl.usermodel.TextRun;
import org.apache.poi.sl.usermodel.TextShape;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;

/**
 * A text placeholder of a slide POI made: everything is read from the shape, styles by filling
 * it with an example first.
 *
 * @param shape the shape
 */
record PoiBox(XSLFTextShape shape) implements TextBox {
  /** The left margin POI implies per level when a paragraph sets none (347663 EMU). */
  private static final double DEFAULT_MARGIN_PER_LEVEL = 347663 / 12700.0;

  /** The box of a shape, or null for none. */
  static PoiBox of(XSLFTextShape shape) {
    return shape == null ? null : new PoiBox(shape);
  }

  @Override
  public Rectangle2D anchor() {
    return shape.getAnchor();
  }

  @Override
  public double room() {
    return Measure.room(shape);
  }

  @Override
  public double excessLimit() {
    return Measure.excessLimit(shape);
  }

  @Override
  public double layoutSize(TextFiller filler, List<Run> title) {
    filler.runs(shape, title, null);
    for (var p : shape.getTextParagraphs()) {
      for (var r : p.getTextRuns()) {
        Double s = r.getFontSize();
        if (s != null) {
          return s;
        }
      }
    }
    return 28;
  }

  @Override
  public Optional<ParagraphStyle> bodyStyle(TextFiller filler, Line line) {
    filler.lines(shape, List.of(line));
    return Optional.ofNullable(styleOf(shape));
  }

  @Override
  public Optional<ParagraphStyle> titleStyle(TextFiller filler, List<Run> title) {
    filler.runs(shape, title, null);
    return Optional.ofNullable(styleOf(shape));
  }

  @Override
  public TextMeasurer.Measured lineByPoi(TextFiller filler, Line line) {
    filler.lines(shape, List.of(line));
    var p = shape.getTextParagraphs().get(0);
    ParagraphLayout.Heights h = Measure.atSafeWidth(shape, () -> ParagraphLayout.of(p));
    return h == null ? null : new TextMeasurer.Measured(h, Measure.excess(p));
  }

  @Override
  public double titleHeightByPoi(TextFiller filler, List<Run> title, Double size) {
    filler.runs(shape, title, size);
    return Measure.textHeight(shape);
  }

  @Override
  public double pageHeightByPoi(TextFiller filler, List<Line> lines) {
    filler.lines(shape, lines);
    return Measure.textHeight(shape) - Measure.paragraphExcess(shape);
  }


  /**
   * The style of a shape's first paragraph as it is now, or null when it has something the fast
   * measurer does not lay out the way POI does (no wrapping, vertical text, automatic numbers,
   * capitals, super- or subscript): such paragraphs are measured by POI itself.
   */
  static ParagraphStyle styleOf(XSLFTextShape shape) {
    if (!shape.getWordWrap() || shape.getTextDirection() != TextShape.TextDirection.HORIZONTAL
        || shape.getTextParagraphs().isEmpty()) {
      return null;
    }
    XSLFTextParagraph p = shape.getTextParagraphs().get(0);
    TextParagraph.BulletStyle bullets = p.getBulletStyle();
    if (bullets != null && bullets.getAutoNumberingScheme() != null) {
      return null;
    }
    Rectangle2D anchor = shape.getAnchor();
    Insets2D in = shape.getInsets();
    int level = Math.max(0, p.getIndentLevel());
    Double leftMargin = p.getLeftMargin();
    Double indent = p.getIndent();
    Double rightMargin = p.getRightMargin();
    Double lineSpacing = p.getLineSpacing();
    Double before = p.getSpaceBefore();
    Double after = p.getSpaceAfter();
    Double emptySize = p.getDefaultFontSize();
    String emptyFamily = p.getDefaultFontFamily();
    // a run that sets nothing, to read what runs inherit; taken out again afterwards
    XSLFTextRun probe = p.addNewTextRun();
    probe.setText("x");
    Double size = probe.getFontSize();
    boolean bold = probe.isBold();
    boolean italic = probe.isItalic();
    boolean plain = probe.getTextCap() == TextRun.TextCap.NONE && !probe.isSubscript()
        && !probe.isSuperscript();
    probe.setFontSize(10.0);
    double scale = probe.getFontSize() / 10.0;
    p.removeTextRun(probe);
    if (size == null || !plain) {
      return null;
    }
    return new ParagraphStyle(anchor.getWidth() * Measure.WIDTH_SAFETY - in.left - in.right,
        leftMargin == null ? DEFAULT_MARGIN_PER_LEVEL * level : leftMargin,
        indent == null ? 0 : indent, rightMargin == null ? 0 : rightMargin,
        lineSpacing == null ? 100 : lineSpacing, before == null ? 0 : before,
        after == null ? 0 : after, size, scale, bold, italic,
        emptySize == null ? 12 : emptySize, emptyFamily == null ? "Arial" : emptyFamily);
  }
}

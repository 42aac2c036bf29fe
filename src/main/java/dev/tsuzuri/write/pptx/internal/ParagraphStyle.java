package dev.tsuzuri.write.pptx.internal;

import java.awt.geom.Rectangle2D;
import org.apache.poi.sl.usermodel.Insets2D;
import org.apache.poi.sl.usermodel.TextParagraph;
import org.apache.poi.sl.usermodel.TextRun;
import org.apache.poi.sl.usermodel.TextShape;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;

/**
 * What laying out one kind of paragraph in one text box depends on, read from POI once: the box's
 * width and insets, the paragraph's margins and spacing, and the size and weight its runs inherit
 * from the layout and master. POI resolves each of these through the slide, layout and master
 * XML on every call; reading them once lets {@link AwtParagraph} lay out thousands of lines
 * without touching the XML.
 *
 * @param wrapWidth the width text wraps at before the paragraph's own margins: the box's width at
 *     the safe share ({@link Measure#WIDTH_SAFETY}) less its left and right insets
 * @param leftMargin the paragraph's left margin in points
 * @param indent the first line's indent in points (usually negative, for the bullet)
 * @param rightMargin the paragraph's right margin in points
 * @param lineSpacing positive: percent of a line; negative: points
 * @param spaceBefore positive: percent of the first line; negative: points
 * @param spaceAfter positive: percent of the last line; negative: points
 * @param runSize the size of a run that sets none, in points
 * @param sizeScale what a run's own size is multiplied by (a shape's autofit scale)
 * @param runBold whether a run that sets no weight is bold
 * @param runItalic whether a run that sets no posture is italic
 * @param emptySize the size an empty paragraph is measured in
 * @param emptyFamily the typeface an empty paragraph is measured in
 */
record ParagraphStyle(double wrapWidth, double leftMargin, double indent, double rightMargin,
    double lineSpacing, double spaceBefore, double spaceAfter, double runSize, double sizeScale,
    boolean runBold, boolean runItalic, double emptySize, String emptyFamily) {

  /** The same style in a box whose text wraps at another width. */
  ParagraphStyle withWrapWidth(double width) {
    return new ParagraphStyle(width, leftMargin, indent, rightMargin, lineSpacing, spaceBefore,
        spaceAfter, runSize, sizeScale, runBold, runItalic, emptySize, emptyFamily);
  }

  /** The left margin POI implies per level when a paragraph sets none (347663 EMU). */
  private static final double DEFAULT_MARGIN_PER_LEVEL = 347663 / 12700.0;

  /**
   * The style of a shape's first paragraph as it is now, or null when it has something this
   * measurer does not lay out the way POI does (no wrapping, vertical text, automatic numbers,
   * capitals, super- or subscript): such paragraphs are measured by POI itself.
   */
  static ParagraphStyle of(XSLFTextShape shape) {
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

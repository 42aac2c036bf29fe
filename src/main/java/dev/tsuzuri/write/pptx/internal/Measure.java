package dev.tsuzuri.write.pptx.internal;

import java.awt.geom.Rectangle2D;
import java.util.List;
import org.apache.poi.sl.usermodel.Insets2D;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;

/**
 * Measures text with POI's own layout code over the bundled fonts' real metrics, with margins for
 * viewers that substitute another font: text is laid out in a box narrower than the real one and
 * must fit a height a little smaller than the real one.
 */
final class Measure {
  /**
   * Text is wrapped at this share of the real width: a viewer without the bundled font (LibreOffice
   * falling back to Droid Sans Fallback or Noto Sans CJK) sets kana up to 7% wider.
   */
  static final double WIDTH_SAFETY = 0.92;
  /**
   * Code is wrapped at this share of the real width (in place of {@link #WIDTH_SAFETY}): the bundled monospace face sets
   * Latin letters half an em wide, and the faces a viewer without it falls back to (DejaVu Sans
   * Mono, Liberation Mono, Noto Sans Mono, Courier New) 0.6 em, a fifth wider.
   */
  static final double CODE_WIDTH_SHARE = 0.5 / 0.6;
  /**
   * And it must fit this share of the real height (after taking back most of what POI counts too
   * much, see paragraphExcess).
   */
  static final double HEIGHT_SAFETY = 1.0;
  /** The share of a paragraph's font size that POI adds per paragraph (see paragraphExcess). */
  static final double DESCENT_EXCESS = 0.10;

  private Measure() {}

  /**
   * The right margin a code paragraph is measured with in a box this wide (points): what makes
   * it wrap at {@link #CODE_WIDTH_SHARE} of the width where other text wraps at {@link
   * #WIDTH_SAFETY}. Measuring only; the slides are written without it.
   */
  static double codeRightMargin(double boxWidth) {
    // in whole EMU, as POI stores a margin and reads it back
    return Math.round(boxWidth * (WIDTH_SAFETY - CODE_WIDTH_SHARE) * 12700) / 12700.0;
  }

  /** The height the text of a shape needs, wrapped at the safe width. */
  static double textHeight(XSLFTextShape shape) {
    return atSafeWidth(shape, shape::getTextHeight);
  }

  /** Runs a measurement with the shape narrowed to the safe width, as textHeight does. */
  static <T> T atSafeWidth(XSLFTextShape shape, java.util.function.Supplier<T> measurement) {
    Rectangle2D a = shape.getAnchor();
    shape.setAnchor(new Rectangle2D.Double(a.getX(), a.getY(), a.getWidth() * WIDTH_SAFETY,
        a.getHeight()));
    try {
      return measurement.get();
    } finally {
      shape.setAnchor(a);
    }
  }

  /** The height text may safely take in a shape: its inner height, less the margins. */
  static double room(XSLFTextShape shape) {
    Insets2D in = shape.getInsets();
    return (shape.getAnchor().getHeight() - in.top - in.bottom) * HEIGHT_SAFETY;
  }

  /**
   * What POI counts too much: it starts every paragraph after the first one descent lower than
   * PowerPoint does (the font's descent, 0.12 em for BIZ UDPGothic); this takes back 0.1 em per
   * paragraph, a little less than POI adds.
   */
  static double paragraphExcess(XSLFTextShape shape) {
    // never more than the shape's own insets: POI's height must stay within the shape's box
    Insets2D in = shape.getInsets();
    double limit = in.top + in.bottom;
    double excess = 0;
    List<XSLFTextParagraph> ps = shape.getTextParagraphs();
    for (int i = 1; i < ps.size(); i++) {
      excess += excess(ps.get(i));
    }
    return Math.min(excess, limit);
  }

  /** What POI counts too much for one paragraph after the first (see paragraphExcess). */
  static double excess(XSLFTextParagraph p) {
    List<XSLFTextRun> runs = p.getTextRuns();
    Double size = runs.isEmpty() ? null : runs.get(0).getFontSize();
    return DESCENT_EXCESS * (size == null ? 18 : size);
  }

  /** The most paragraphExcess takes back: the shape's insets. */
  static double excessLimit(XSLFTextShape shape) {
    Insets2D in = shape.getInsets();
    return in.top + in.bottom;
  }
}

package dev.tsuzuri.write.pptx;

import java.awt.geom.Rectangle2D;
import org.apache.poi.sl.usermodel.Insets2D;
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
   * And it must fit this share of the real height. POI's layout already counts about 2.5 pt more
   * per line than PowerPoint and LibreOffice give a line with a fixed pitch, which is the margin
   * for the odd line that a substitute font wraps sooner.
   */
  static final double HEIGHT_SAFETY = 1.0;

  private Measure() {}

  /** The height the text of a shape needs, wrapped at the safe width. */
  static double textHeight(XSLFTextShape shape) {
    Rectangle2D a = shape.getAnchor();
    shape.setAnchor(new Rectangle2D.Double(a.getX(), a.getY(), a.getWidth() * WIDTH_SAFETY,
        a.getHeight()));
    try {
      return shape.getTextHeight();
    } finally {
      shape.setAnchor(a);
    }
  }

  /** The height text may safely take in a shape: its inner height, less the margins. */
  static double room(XSLFTextShape shape) {
    Insets2D in = shape.getInsets();
    return (shape.getAnchor().getHeight() - in.top - in.bottom) * HEIGHT_SAFETY;
  }

  /** Whether the shape's text fits it safely. */
  static boolean fits(XSLFTextShape shape) {
    return textHeight(shape) <= room(shape);
  }
}

package dev.tsuzuri.write.pptx.internal;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.apache.poi.sl.draw.DrawTextParagraph;
import org.apache.poi.sl.usermodel.TextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;

/**
 * One paragraph laid out by POI's own code, step by step as {@code DrawTextShape} lays out a
 * shape's paragraphs, so that a single layout yields both the height the paragraph takes at the
 * top of a text box and the height it adds below another paragraph. Measuring a page line by line
 * this way costs one layout per line instead of two (a line alone and a line after a probe).
 */
final class ParagraphLayout extends DrawTextParagraph {
  private final XSLFTextParagraph p;
  private final Graphics2D graphics;

  private ParagraphLayout(XSLFTextParagraph p) {
    super(p);
    this.p = p;
    // what DrawTextShape.getTextHeight draws into
    this.graphics = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
  }

  /**
   * The heights of a paragraph (its shape's anchor as it is now), or null for a paragraph with an
   * automatic numbering scheme, whose numbers depend on the paragraphs before it.
   */
  static Heights of(XSLFTextParagraph p) {
    TextParagraph.BulletStyle bullets = p.getBulletStyle();
    if (bullets != null && bullets.getAutoNumberingScheme() != null) {
      return null;
    }
    ParagraphLayout layout = new ParagraphLayout(p);
    return layout.measure();
  }

  private Heights measure() {
    setAutoNumberingIdx(-1);
    breakText(graphics);
    double leading = getFirstLineLeading();
    double before = spacing(p.getSpaceBefore(), getFirstLineHeight());
    double after = spacing(p.getSpaceAfter(), getLastLineHeight());
    setPosition(0, 0);
    setFirstParagraph(true);
    draw(graphics);
    double first = getY();
    setPosition(0, 0);
    setFirstParagraph(false);
    draw(graphics);
    double other = getY();
    return new Heights(leading + first, before + other, after);
  }

  /** POI's reading of a paragraph spacing: positive in percent of a line, negative in points. */
  private static double spacing(Double value, double lineHeight) {
    if (value == null) {
      return 0;
    }
    return value > 0 ? value * 0.01 * lineHeight : -value;
  }

  /**
   * What one paragraph adds to a shape's text height, as POI sums it.
   *
   * @param first its height as the shape's first paragraph (first line's leading included)
   * @param following its height after another paragraph, without the previous paragraph's
   *     space after (its own space before included)
   * @param spaceAfter the space it leaves before a paragraph that follows it
   */
  record Heights(double first, double following, double spaceAfter) {}
}

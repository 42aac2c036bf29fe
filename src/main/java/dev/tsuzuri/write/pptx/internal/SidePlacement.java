package dev.tsuzuri.write.pptx.internal;

import dev.tsuzuri.outline.ImageRole;
import java.awt.geom.Rectangle2D;

/**
 * Where things go on a slide with a side picture ({@code ![bg left:40%](x)}): the picture fills
 * its share of the slide's full height, and every text placeholder is moved and narrowed into the
 * rest, keeping its margins in proportion. One rule for measuring and for writing.
 */
final class SidePlacement {
  private SidePlacement() {}

  /** The area the side pictures fill. */
  static Rectangle2D picture(double slideWidth, double slideHeight, ImageRole.Placement side,
      int sidePercent) {
    double w = slideWidth * sidePercent / 100.0;
    double x = side == ImageRole.Placement.LEFT ? 0 : slideWidth - w;
    return new Rectangle2D.Double(x, 0, w, slideHeight);
  }

  /** A text placeholder's box moved into the part of the slide the side picture leaves. */
  static Rectangle2D text(Rectangle2D box, double slideWidth, ImageRole.Placement side,
      int sidePercent) {
    double share = (100 - sidePercent) / 100.0;
    double start = side == ImageRole.Placement.LEFT ? slideWidth * sidePercent / 100.0 : 0;
    return new Rectangle2D.Double(start + box.getX() * share, box.getY(), box.getWidth() * share,
        box.getHeight());
  }

  /**
   * A placeholder's XML with its own position: the layout's is inherited through an empty
   * {@code p:spPr}, which gets an {@code a:xfrm} here.
   */
  static String placed(CharSequence shape, Rectangle2D box) {
    String xml = shape.toString();
    StringBuilder xfrm = new StringBuilder("<a:xfrm>");
    SlideXml.box(xfrm, box.getX(), box.getY(), box.getWidth(), box.getHeight());
    xfrm.append("</a:xfrm>");
    int empty = xml.indexOf("<p:spPr/>");
    if (empty >= 0) {
      return xml.substring(0, empty) + "<p:spPr>" + xfrm + "</p:spPr>"
          + xml.substring(empty + "<p:spPr/>".length());
    }
    int open = xml.indexOf("<p:spPr>");
    if (open >= 0 && !xml.contains("<a:xfrm")) {
      int at = open + "<p:spPr>".length();
      return xml.substring(0, at) + xfrm + xml.substring(at);
    }
    return xml;
  }
}

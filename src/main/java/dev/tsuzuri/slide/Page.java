package dev.tsuzuri.slide;

import dev.tsuzuri.outline.ImageRole;
import java.util.List;
import java.util.Objects;

/**
 * How the author set up one slide of a note that cuts its own slides (a Marp deck): the
 * directives in force on it and its background and side pictures. Free of any file format; the
 * writer draws it.
 *
 * @param paginate whether the slide shows its number
 * @param header the header text, or ""
 * @param footer the footer text, or ""
 * @param backgroundColor the background colour as six hex digits ({@code 1E3A5F}), or ""
 * @param color the colour of the title and body text as six hex digits, or "" for the layout's
 * @param className the {@code class} directive's value, or ""
 * @param backgrounds pictures behind the whole slide, side by side when several
 * @param side the side a side picture fills, or {@link ImageRole.Placement#INLINE} for none
 * @param sidePercent the share of the slide's width the side pictures take (1..100)
 * @param sidePictures the pictures filling that side, one above the other when several
 * @param bodySize the size body text (not code) is set in to keep the page on one slide, in
 *     points, or 0 for the layout's own
 * @param codeSize the size code is set in to keep the page on one slide, in points, or 0 for
 *     the writer's own
 * @param fitTitle true when the title is fitted to the slide's width on one line, as large as
 *     that allows (Marp's {@code <!-- fit -->} heading)
 */
public record Page(boolean paginate, String header, String footer, String backgroundColor,
    String color, String className, List<Backdrop> backgrounds, ImageRole.Placement side, int sidePercent,
    List<Backdrop> sidePictures, double bodySize, double codeSize, boolean fitTitle) {

  /** A picture behind or beside the text and how it fills its area. */
  public record Backdrop(Picture picture, ImageRole.Scale scale) {
    public Backdrop {
      Objects.requireNonNull(picture, "picture");
      Objects.requireNonNull(scale, "scale");
    }
  }

  public Page {
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(footer, "footer");
    Objects.requireNonNull(backgroundColor, "backgroundColor");
    Objects.requireNonNull(color, "color");
    Objects.requireNonNull(className, "className");
    backgrounds = List.copyOf(backgrounds);
    Objects.requireNonNull(side, "side");
    sidePictures = List.copyOf(sidePictures);
    if (side != ImageRole.Placement.INLINE && (sidePercent < 1 || sidePercent > 100)) {
      throw new IllegalArgumentException("side share must be 1..100: " + sidePercent);
    }
  }

  /** A copy with body text and code set in these sizes (0: the layout's or writer's own). */
  public Page withSizes(double bodyPoints, double codePoints) {
    return new Page(paginate, header, footer, backgroundColor, color, className, backgrounds, side,
        sidePercent, sidePictures, bodyPoints, codePoints, fitTitle);
  }

  /** A copy whose title is fitted to the slide's width on one line. */
  public Page withFitTitle() {
    return new Page(paginate, header, footer, backgroundColor, color, className, backgrounds, side,
        sidePercent, sidePictures, bodySize, codeSize, true);
  }

  /** True when pictures fill a side and the text takes the rest. */
  public boolean hasSide() {
    return side == ImageRole.Placement.LEFT || side == ImageRole.Placement.RIGHT;
  }

  /** The share of the slide's width left for the text, in percent. */
  public int textPercent() {
    return hasSide() ? 100 - sidePercent : 100;
  }

  /** True when the class asks for the inverted (dark) colours. */
  public boolean inverted() {
    return hasClass("invert");
  }

  /** True when the space-separated class list holds this class. */
  public boolean hasClass(String name) {
    for (String c : className.split("\\s+")) {
      if (c.equals(name)) {
        return true;
      }
    }
    return false;
  }
}

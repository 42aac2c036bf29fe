package dev.tsuzuri.outline;

/**
 * The size an image asks to be shown at, as HTML's {@code width} and {@code height} attributes
 * give it: CSS pixels (1/96 inch), 0 where not given. A hint only: writers keep the picture's
 * aspect ratio when one side is missing and never make it wider than the page or slide.
 *
 * @param width the width in CSS pixels, or 0
 * @param height the height in CSS pixels, or 0
 */
public record ImageSize(int width, int height) {
  /** No size asked for: the writer's own rule (the picture's size, scaled to fit). */
  public static final ImageSize NONE = new ImageSize(0, 0);

  public ImageSize {
    if (width < 0 || height < 0) {
      throw new IllegalArgumentException("image size must not be negative: " + width + "x"
          + height);
    }
  }

  /** True when neither side is given. */
  public boolean isNone() {
    return width == 0 && height == 0;
  }

  /**
   * The width and height to show a picture of {@code pixelWidth} × {@code pixelHeight} at, in
   * CSS pixels: the given sides, a missing one from the picture's aspect ratio, both from the
   * picture when none is given.
   */
  public double[] resolve(int pixelWidth, int pixelHeight) {
    double w = pixelWidth;
    double h = pixelHeight;
    if (width > 0 && height > 0) {
      return new double[] {width, height};
    }
    if (width > 0) {
      return new double[] {width, w > 0 ? h * width / w : width};
    }
    if (height > 0) {
      return new double[] {h > 0 ? w * height / h : height, height};
    }
    return new double[] {w, h};
  }
}

package dev.tsuzuri.outline;

import java.util.Objects;

/**
 * What an image is for, as Marp's image syntax says it ({@code ![bg left:40% contain](x)}): a
 * picture in the text, the slide's background, or a picture filling one side of the slide.
 *
 * @param placement where the picture goes
 * @param percent the share of the slide's width a side picture takes, 1..100, or 0 for the
 *     default (half)
 * @param scale how the picture fills its area
 */
public record ImageRole(Placement placement, int percent, Scale scale) {
  /** An ordinary picture in the text. */
  public static final ImageRole INLINE = new ImageRole(Placement.INLINE, 0, Scale.AUTO);

  /** Where a picture goes. */
  public enum Placement {
    /** Where it stands in the text. */
    INLINE,
    /** Behind the whole slide. */
    BACKGROUND,
    /** Filling the left side; the text takes the rest. */
    LEFT,
    /** Filling the right side; the text takes the rest. */
    RIGHT
  }

  /** How a background or side picture fills its area. */
  public enum Scale {
    /** The writer's default: cover for backgrounds and sides. */
    AUTO,
    /** Whole picture inside the area ({@code contain}, {@code fit}). */
    CONTAIN,
    /** The area covered, the picture cropped ({@code cover}). */
    COVER
  }

  public ImageRole {
    Objects.requireNonNull(placement, "placement");
    Objects.requireNonNull(scale, "scale");
    if (percent < 0 || percent > 100) {
      throw new IllegalArgumentException("side share must be 0..100: " + percent);
    }
  }

  /** True for a background or side picture: part of the slide, not of its text. */
  public boolean isBackdrop() {
    return placement != Placement.INLINE;
  }
}

package dev.tsuzuri.slide;

import dev.tsuzuri.outline.ImageSize;
import java.util.List;
import java.util.Objects;

/**
 * The image of an image slide, as the note refers to it; the writer loads it through the note's
 * resources.
 *
 * @param src the reference as written
 * @param alt the alternative text
 * @param caption the caption, possibly empty
 * @param size the size the note asks for (the picture is never drawn larger), or {@link
 *     ImageSize#NONE}
 */
public record Picture(String src, String alt, List<Run> caption, ImageSize size) {
  public Picture {
    Objects.requireNonNull(src, "src");
    Objects.requireNonNull(alt, "alt");
    caption = List.copyOf(caption);
    Objects.requireNonNull(size, "size");
  }

  /** A picture drawn as large as its area allows. */
  public Picture(String src, String alt, List<Run> caption) {
    this(src, alt, caption, ImageSize.NONE);
  }
}

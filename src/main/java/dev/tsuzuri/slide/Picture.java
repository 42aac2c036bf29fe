package dev.tsuzuri.slide;

import java.util.List;
import java.util.Objects;

/**
 * The image of an image slide, as the note refers to it; the writer loads it through the note's
 * resources.
 *
 * @param src the reference as written
 * @param alt the alternative text
 * @param caption the caption, possibly empty
 */
public record Picture(String src, String alt, List<Run> caption) {
  public Picture {
    Objects.requireNonNull(src, "src");
    Objects.requireNonNull(alt, "alt");
    caption = List.copyOf(caption);
  }
}

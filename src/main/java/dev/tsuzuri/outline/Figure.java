package dev.tsuzuri.outline;

import java.util.List;
import java.util.Objects;

/**
 * An image standing on its own: a paragraph holding only an image, or Hugo's {@code figure}
 * shortcode.
 *
 * @param src the image reference as written (relative path or URL)
 * @param alt the alternative text
 * @param title the image title, or ""
 * @param caption the caption (may be empty)
 * @param link where the image links to, or "" when it is not a link
 */
public record Figure(String src, String alt, String title, List<Inline> caption, String link,
    int line) implements Block {
  public Figure {
    Objects.requireNonNull(src, "src");
    Objects.requireNonNull(alt, "alt");
    Objects.requireNonNull(title, "title");
    caption = List.copyOf(caption);
    Objects.requireNonNull(link, "link");
  }

  @Override
  public <R> R accept(BlockVisitor<R> visitor) {
    return visitor.visitFigure(this);
  }
}

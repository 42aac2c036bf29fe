package dev.tsuzuri.outline;

import java.util.List;
import java.util.Objects;

/**
 * An image standing on its own: a paragraph holding only an image, HTML's {@code <figure>}, or
 * Hugo's {@code figure} shortcode.
 *
 * @param src the image reference as written (relative path or URL)
 * @param alt the alternative text
 * @param title the image title, or ""
 * @param caption the caption (may be empty)
 * @param link where the image links to, or "" when it is not a link
 * @param size the size the note asks for ({@link ImageSize#NONE} when none)
 * @param role what the picture is for: in the text, or a slide's background or side (Marp)
 */
public record Figure(String src, String alt, String title, List<Inline> caption, String link,
    ImageSize size, int line, ImageRole role) implements Block {
  public Figure {
    Objects.requireNonNull(src, "src");
    Objects.requireNonNull(alt, "alt");
    Objects.requireNonNull(title, "title");
    caption = List.copyOf(caption);
    Objects.requireNonNull(link, "link");
    Objects.requireNonNull(size, "size");
    Objects.requireNonNull(role, "role");
  }

  /** A figure in the text (no Marp role). */
  public Figure(String src, String alt, String title, List<Inline> caption, String link,
      ImageSize size, int line) {
    this(src, alt, title, caption, link, size, line, ImageRole.INLINE);
  }

  /** A figure without a size hint. */
  public Figure(String src, String alt, String title, List<Inline> caption, String link,
      int line) {
    this(src, alt, title, caption, link, ImageSize.NONE, line);
  }

  @Override
  public <R> R accept(BlockVisitor<R> visitor) {
    return visitor.visitFigure(this);
  }
}

package dev.tsuzuri.read.internal.text;

import dev.tsuzuri.outline.Figure;
import dev.tsuzuri.outline.Inline;
import java.util.List;

/**
 * Recognises a paragraph that holds only an image (perhaps linked) as a figure: one rule for
 * Markdown and HTML paragraphs.
 */
public final class Figures {
  private Figures() {}

  /** The figure these inlines make, or null when they are more than one image. */
  public static Figure of(List<Inline> content, int line) {
    Inline only = single(content);
    if (only instanceof Inline.Image image) {
      return new Figure(image.src(), image.alt(), image.title(), List.of(), "", image.size(),
          line, image.role());
    }
    if (only instanceof Inline.Link link && single(link.content()) instanceof Inline.Image image) {
      return new Figure(image.src(), image.alt(), image.title(), List.of(), link.url(),
          image.size(), line, image.role());
    }
    return null;
  }

  private static Inline single(List<Inline> content) {
    Inline found = null;
    for (Inline i : content) {
      if (i instanceof Inline.Text t && t.text().isBlank()) {
        continue;
      }
      if (found != null) {
        return null;
      }
      found = i;
    }
    return found;
  }
}

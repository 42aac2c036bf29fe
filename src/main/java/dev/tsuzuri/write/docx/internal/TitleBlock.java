package dev.tsuzuri.write.docx.internal;

import dev.tsuzuri.outline.Metadata;
import dev.tsuzuri.write.DateStyle;
import java.util.stream.Collectors;

/**
 * The front matter shown before the text: the cover picture (in the Figure style), then title,
 * description, authors, date and tags, each in its own style (Title, Subtitle, Author, Date,
 * Tags), as pandoc reads them back into metadata.
 */
final class TitleBlock {

  private TitleBlock() {}

  static void write(Conversion cx, BlockWriter body, Target target, Metadata m) {
    if (m.hasCover()) {
      // front matter has no lines of its own: warnings name the note's first line
      cx.resources.image(m.cover(), 1).ifPresent(image -> {
        body.paragraph(StyleNames.FIGURE, null);
        Images.picture(cx, target, image, m.title(), dev.tsuzuri.outline.ImageSize.NONE);
        body.end();
      });
    }
    if (!m.title().isBlank()) {
      line(cx, body, StyleNames.TITLE, m.title());
    }
    if (!m.description().isBlank()) {
      line(cx, body, StyleNames.SUBTITLE, m.description());
    }
    if (!m.authors().isEmpty()) {
      line(cx, body, StyleNames.AUTHOR, String.join(", ", m.authors()));
    }
    if (m.date() != null) {
      line(cx, body, StyleNames.DATE, DateStyle.dateLine(m));
    }
    if (!m.tags().isEmpty()) {
      line(cx, body, StyleNames.TAGS,
          m.tags().stream().map(t -> "#" + t).collect(Collectors.joining("  ")));
    }
  }

  private static void line(Conversion cx, BlockWriter body, String style, String text) {
    body.paragraph(style, null);
    body.inlines().text(text);
    body.end();
  }
}

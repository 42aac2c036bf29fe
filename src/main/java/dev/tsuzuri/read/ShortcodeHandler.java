package dev.tsuzuri.read;

import dev.tsuzuri.outline.Block;
import dev.tsuzuri.outline.Inline;
import dev.tsuzuri.outline.Paragraph;
import java.util.List;

/**
 * Turns one kind of Hugo shortcode into outline nodes. A shortcode standing alone on its line
 * becomes blocks, one inside running text becomes inlines. Implementations are stateless and
 * shared by threads.
 */
public interface ShortcodeHandler {
  /** The inline form, for a shortcode inside running text. */
  List<Inline> inline(Shortcode shortcode, ShortcodeContext context);

  /** The block form, for a shortcode alone on its line; by default a paragraph of the inline form. */
  default List<Block> block(Shortcode shortcode, ShortcodeContext context) {
    return List.of(new Paragraph(inline(shortcode, context), shortcode.line()));
  }
}

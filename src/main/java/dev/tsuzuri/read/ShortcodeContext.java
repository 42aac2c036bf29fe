package dev.tsuzuri.read;

import dev.tsuzuri.outline.Block;
import dev.tsuzuri.outline.Inline;
import java.util.List;

/** What a {@link ShortcodeHandler} may use: the reader itself, for inner Markdown, and warnings. */
public interface ShortcodeContext {
  /** Reads Markdown (a paired shortcode's inner text) into blocks, line numbers from the note. */
  List<Block> blocks(String markdown, int firstLine);

  /** Reads one line of Markdown into inlines. */
  List<Inline> inlines(String markdown);

  /** Reports something approximated at a line of the note. */
  void warn(int line, String message);

  /** The note's title from its front matter, or "" (a site template's {@code .Page.Title}). */
  default String pageTitle() {
    return "";
  }
}

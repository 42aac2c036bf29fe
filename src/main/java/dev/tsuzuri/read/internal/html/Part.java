package dev.tsuzuri.read.internal.html;

import dev.tsuzuri.outline.Block;
import dev.tsuzuri.outline.Inline;
import java.util.List;

/**
 * A piece of converted HTML before headings are nested into sections: a block, or a heading
 * ({@code <h1>}–{@code <h6>}) that starts a section of the note like a Markdown heading does.
 */
public sealed interface Part {
  /** An ordinary block. */
  record Content(Block block) implements Part {}

  /** A heading; what follows it up to the next heading of its level or higher is its section. */
  record Heading(int level, List<Inline> title, int line) implements Part {
    public Heading {
      title = List.copyOf(title);
    }
  }
}

package dev.tsuzuri.slide;

import dev.tsuzuri.outline.Block;
import dev.tsuzuri.outline.Section;
import java.util.ArrayList;
import java.util.List;

/** A step of a note read front to back: a heading, or a block that is not a section. */
sealed interface Entry {
  /** A heading, without its content (which follows as further entries). */
  record Heading(int level, List<Run> title, int line) implements Entry {}

  /** Any other block. */
  record Content(Block block) implements Entry {}

  /** The note's blocks with sections opened up into headings followed by their content. */
  static List<Entry> flatten(List<Block> blocks) {
    List<Entry> out = new ArrayList<>();
    add(blocks, out);
    return out;
  }

  private static void add(List<Block> blocks, List<Entry> out) {
    for (Block b : blocks) {
      if (b instanceof Section s) {
        out.add(new Heading(s.level(), Runs.trim(Runs.of(s.title())), s.line()));
        add(s.blocks(), out);
      } else {
        out.add(new Content(b));
      }
    }
  }
}

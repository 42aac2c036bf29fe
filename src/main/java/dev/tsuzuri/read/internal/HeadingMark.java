package dev.tsuzuri.read.internal;

import dev.tsuzuri.outline.Block;
import dev.tsuzuri.outline.Inline;
import java.util.List;

/**
 * A heading met while converting a container, before sections are nested; or, with a null
 * title, an ordinary block.
 */
record HeadingMark(int level, List<Inline> title, int line, Block block) {
  static HeadingMark of(Block block) {
    return new HeadingMark(0, null, block.line(), block);
  }

  boolean isHeading() {
    return block == null;
  }
}

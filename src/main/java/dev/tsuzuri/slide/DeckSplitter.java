package dev.tsuzuri.slide;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a note's entries into per-session chunks: one for each heading at the session level, and
 * an opening chunk for what comes before the first session. Headings above the session level
 * that end a chunk with nothing under them move on to open the next chunk, so they are shown.
 */
final class DeckSplitter {
  private DeckSplitter() {}

  /**
   * The chunks; the first is the opening (possibly empty), each later one starts with its session
   * heading.
   */
  static List<List<Entry>> split(List<Entry> entries, int sessionLevel) {
    List<List<Entry>> chunks = new ArrayList<>();
    List<Entry> current = new ArrayList<>();
    chunks.add(current);
    for (Entry e : entries) {
      if (e instanceof Entry.Heading h && h.level() == sessionLevel) {
        List<Entry> carried = trailingPartHeadings(current, sessionLevel);
        current = new ArrayList<>();
        current.add(e);
        current.addAll(carried);
        chunks.add(current);
      } else {
        current.add(e);
      }
    }
    return chunks;
  }

  private static List<Entry> trailingPartHeadings(List<Entry> chunk, int sessionLevel) {
    int from = chunk.size();
    while (from > 0 && chunk.get(from - 1) instanceof Entry.Heading h
        && h.level() < sessionLevel) {
      from--;
    }
    // the opening keeps its headings when they are all it has
    if (from == 0) {
      return List.of();
    }
    List<Entry> moved = new ArrayList<>(chunk.subList(from, chunk.size()));
    chunk.subList(from, chunk.size()).clear();
    return moved;
  }

  /** True when a chunk holds anything but headings. */
  static boolean hasContent(List<Entry> chunk) {
    return chunk.stream().anyMatch(e -> e instanceof Entry.Content);
  }
}

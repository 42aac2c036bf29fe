package dev.tsuzuri.read.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Finds paragraphs whose brackets must be hidden from flexmark (as private-use characters,
 * turned back into brackets in the outline): flexmark copies the rest of a paragraph at each
 * {@code ]}, so thousands of them in a huge paragraph take quadratic time. Fed line by line.
 */
final class BracketFloods {
  /** Closing brackets times paragraph length above which a paragraph counts as a flood. */
  private static final long FLOOD = 200_000_000L;

  private final BodyLines body;
  private final BiConsumer<Integer, String> warn;
  /** (start, end) of each flooded paragraph, in order. */
  final List<int[]> floods = new ArrayList<>();
  private int paragraphStart;
  private long closers;

  BracketFloods(BodyLines body, BiConsumer<Integer, String> warn) {
    this.body = body;
    this.warn = warn;
  }

  /**
   * Counts the line [pos, eol); a blank line or one in fenced code ends the paragraph, a line
   * that starts a block of its own (a footnote or link reference definition) starts one.
   */
  void line(int pos, int eol, String line, boolean inFence, boolean startsBlock) {
    if (line.isBlank() || inFence) {
      endParagraph(pos);
      paragraphStart = eol + 1;
      closers = 0;
    } else {
      if (startsBlock) {
        endParagraph(pos);
        paragraphStart = pos;
        closers = 0;
      }
      for (int k = 0; k < line.length(); k++) {
        if (line.charAt(k) == ']') {
          closers++;
        }
      }
    }
  }

  /** Ends the paragraph the body ends in. */
  void finish() {
    endParagraph(body.text.length());
  }

  private void endParagraph(int end) {
    if (closers * (end - paragraphStart) > FLOOD) {
      floods.add(new int[] {paragraphStart, end});
      warn.accept(body.lineAt(paragraphStart), "a paragraph with " + closers + " closing"
          + " brackets is too large to look for links in; its brackets are kept as text");
    }
  }
}

package dev.tsuzuri.read.internal;

import java.util.Arrays;

/** The Markdown body the pre-pass reads, with the note's line number of any offset in it. */
final class BodyLines {
  final String text;
  private final int firstLine;
  private final int[] starts;

  /**
   * @param text the Markdown (front matter removed)
   * @param firstLine the note's 1-based line the body starts on
   */
  BodyLines(String text, int firstLine) {
    this.text = text;
    this.firstLine = firstLine;
    this.starts = starts(text);
  }

  int firstLine() {
    return firstLine;
  }

  /** The note's 1-based line of an offset in the body. */
  int lineAt(int offset) {
    int i = Arrays.binarySearch(starts, offset);
    return (i >= 0 ? i : -i - 2) + firstLine;
  }

  /** The offset where each line of {@code text} starts. */
  static int[] starts(String text) {
    int count = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        count++;
      }
    }
    int[] starts = new int[count];
    int n = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        starts[n++] = i + 1;
      }
    }
    return starts;
  }
}

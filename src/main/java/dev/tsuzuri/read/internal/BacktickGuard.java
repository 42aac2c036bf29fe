package dev.tsuzuri.read.internal;

import dev.tsuzuri.diag.TsuzuriException;
import java.util.HashMap;
import java.util.Map;

/**
 * Refuses paragraphs whose backtick runs (or unclosed {@code ](<} link destinations) would make
 * flexmark's search for closers quadratic: each
 * run of backticks is looked for a closing run of the same length up to the end of its
 * paragraph, so many runs without a partner ({@code e`e``e```…}, CommonMark's pathological case)
 * take time in the product of their count and the paragraph's length. The cost is computed
 * here in linear time, the way the parser pairs runs.
 */
public final class BacktickGuard {
  /** Characters the parser may scan for code-span closers in one paragraph (about a second). */
  public static final long MAX_SCAN = 20_000_000L;

  private BacktickGuard() {}

  /**
   * Checks the prepared Markdown.
   *
   * @throws TsuzuriException naming the line of a paragraph that would take too long
   */
  public static void check(Prepared prepared, String source) {
    String text = prepared.text();
    if (pointyCost(text, 0, text.length()) > MAX_SCAN) {
      throw new TsuzuriException(source, prepared.noteLine(Math.max(0, text.indexOf("](<"))),
          "too many link destinations '](<' without a closing '>' to read in reasonable time");
    }
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf("\n\n", start);
      end = end < 0 ? text.length() : end;
      if (scanCost(text, start, end) > MAX_SCAN) {
        throw new TsuzuriException(source, prepared.noteLine(start), "this paragraph has too "
            + "many runs of backticks without a closing partner to read in reasonable time; "
            + "close the code spans or split the paragraph");
      }
      start = end + 2;
    }
  }

  /**
   * How far the parser scans for the {@code >} of link destinations {@code ](<…>}: to the end of
   * the line when there is none ({@code [a](<b} repeated is another pathological case).
   */
  static long pointyCost(String text, int start, int end) {
    long cost = 0;
    int closer = -1;
    for (int i = text.indexOf("](<", start); i >= 0 && i < end; i = text.indexOf("](<", i + 3)) {
      if (closer < i) {
        closer = i + 3;
        while (closer < end && text.charAt(closer) != '>' && text.charAt(closer) != '\n') {
          closer++;
        }
      }
      cost += closer - i;
    }
    return cost;
  }

  /** How far the parser scans for closers in text[start, end). */
  static long scanCost(String text, int start, int end) {
    int[] runStart = new int[16];
    int[] runLength = new int[16];
    int runs = 0;
    for (int i = start; i < end; ) {
      if (text.charAt(i) != '`') {
        i++;
        continue;
      }
      int j = i;
      while (j < end && text.charAt(j) == '`') {
        j++;
      }
      if (runs == runStart.length) {
        runStart = java.util.Arrays.copyOf(runStart, runs * 2);
        runLength = java.util.Arrays.copyOf(runLength, runs * 2);
      }
      runStart[runs] = i;
      runLength[runs++] = j - i;
      i = j;
    }
    int[] next = new int[runs];
    Map<Integer, Integer> later = new HashMap<>();
    for (int r = runs - 1; r >= 0; r--) {
      next[r] = later.getOrDefault(runLength[r], -1);
      later.put(runLength[r], r);
    }
    long cost = 0;
    for (int r = 0; r < runs; r++) {
      if (next[r] < 0) {
        cost += end - runStart[r];
      } else {
        cost += runStart[next[r]] - runStart[r];
        r = next[r];
      }
    }
    return cost;
  }
}

package dev.tsuzuri.read.internal;

/**
 * Lets emphasis delimiters work next to CJK punctuation ({@code これは**「重要」**です}).
 * CommonMark's flanking rule treats {@code 「} like {@code (}: a run between a letter and CJK
 * punctuation can neither open nor close, yet Japanese puts no space there.
 */
final class EmphasisJoiner {
  private EmphasisJoiner() {}

  /**
   * Copies the run of {@code *} or {@code ~} starting at {@code i} (and ending before
   * {@code to}) to {@code out}; returns where it ends. Where it touches CJK punctuation, a
   * {@link Placeholder#JOINER} goes between them: the flanking rule counts it as a letter, so
   * the run can open or close emphasis as the writer meant. The joiner is removed again while
   * building the outline.
   */
  static int copyRun(String body, int i, int to, StringBuilder out) {
    char c = body.charAt(i);
    int j = i;
    while (j < to && body.charAt(j) == c) {
      j++;
    }
    boolean escaped = i > 0 && body.charAt(i - 1) == '\\';
    if (!escaped && i > 0 && Cjk.isWidePunctuation(body.codePointBefore(i))) {
      out.append(Placeholder.JOINER);
    }
    out.append(body, i, j);
    if (!escaped && j < body.length() && Cjk.isWidePunctuation(body.codePointAt(j))) {
      out.append(Placeholder.JOINER);
    }
    return j;
  }
}

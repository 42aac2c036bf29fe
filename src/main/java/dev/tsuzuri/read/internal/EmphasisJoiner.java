package dev.tsuzuri.read.internal;

/**
 * Lets emphasis delimiters work next to CJK punctuation ({@code これは**「重要」**です},
 * {@code これは__「重要」__です}). CommonMark's flanking rule treats {@code 「} like {@code (}: a
 * run between a letter and CJK punctuation can neither open nor close, yet Japanese puts no
 * space there. The joiners added here are removed again while building the outline.
 */
final class EmphasisJoiner {
  private EmphasisJoiner() {}

  /**
   * Copies the run of {@code *}, {@code _} or {@code ~} starting at {@code i} (and ending before
   * {@code to}) to {@code out}; returns where it ends.
   */
  static int copyRun(String body, int i, int to, StringBuilder out) {
    char c = body.charAt(i);
    int j = i;
    while (j < to && body.charAt(j) == c) {
      j++;
    }
    boolean escaped = i > 0 && body.charAt(i - 1) == '\\';
    int before = i > 0 ? body.codePointBefore(i) : -1;
    int after = j < body.length() ? body.codePointAt(j) : -1;
    if (escaped) {
      out.append(body, i, j);
    } else if (c == '_') {
      underscores(body, i, j, before, after, out);
    } else {
      // A letter-like joiner on the punctuation's side: the run now sits between letters, where
      // * and ~ may both open and close, and the pairing finds the writer's meaning.
      if (Cjk.isWidePunctuation(before)) {
        out.append(Placeholder.JOINER);
      }
      out.append(body, i, j);
      if (Cjk.isWidePunctuation(after)) {
        out.append(Placeholder.JOINER);
      }
    }
    return j;
  }

  /**
   * A run of {@code _} between a letter and CJK punctuation. Between letters {@code _} does
   * nothing (that is what keeps {@code snake_case} literal), so the joiner goes on the letter's
   * side and counts as punctuation: with punctuation on both sides the run may open and close.
   * Only where that letter is not ASCII, so identifiers ({@code init__「…」}) stay as CommonMark
   * reads them.
   */
  private static void underscores(String body, int i, int j, int before, int after,
      StringBuilder out) {
    if (Cjk.isWidePunctuation(after) && isNonAsciiWord(before)) {
      out.append(Placeholder.PUNCTUATION_JOINER);
    }
    out.append(body, i, j);
    if (Cjk.isWidePunctuation(before) && isNonAsciiWord(after)) {
      out.append(Placeholder.PUNCTUATION_JOINER);
    }
  }

  /** A character CommonMark counts as neither whitespace nor punctuation, outside ASCII. */
  private static boolean isNonAsciiWord(int cp) {
    if (cp < 0x80 || Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
      return false;
    }
    switch (Character.getType(cp)) {
      case Character.CONNECTOR_PUNCTUATION:
      case Character.DASH_PUNCTUATION:
      case Character.START_PUNCTUATION:
      case Character.END_PUNCTUATION:
      case Character.INITIAL_QUOTE_PUNCTUATION:
      case Character.FINAL_QUOTE_PUNCTUATION:
      case Character.OTHER_PUNCTUATION:
        return false;
      default:
        return true;
    }
  }
}

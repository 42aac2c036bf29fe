package dev.tsuzuri.read.internal;

import dev.tsuzuri.read.internal.text.Cjk;
/**
 * Lets emphasis delimiters work next to CJK punctuation ({@code これは**「重要」**です},
 * {@code これは__「重要」__です}). CommonMark's flanking rule treats {@code 「} like {@code (}: a
 * run between a letter and CJK punctuation can neither open nor close, yet Japanese puts no
 * space there. The joiners added here are removed again while building the outline. One per
 * emission: it reads the body once, left to right.
 */
final class EmphasisJoiner {
  private final String body;
  /** How far {@link #inBareUrl} has read, and whether the word there is a URL. */
  private int scanned;
  private boolean url;

  EmphasisJoiner(String body) {
    this.body = body;
  }

  /**
   * Copies the run of {@code *}, {@code _} or {@code ~} starting at {@code i} (and ending before
   * {@code to}) to {@code out}; returns where it ends.
   */
  int copyRun(int i, int to, StringBuilder out) {
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
      underscores(i, j, before, after, out);
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
   * side and counts as a space: {@code は_「} can then only open and {@code 」_で} only close, as
   * a space would make them. Not where that letter is ASCII, so identifiers
   * ({@code foo_「bar」_baz}) stay as CommonMark reads them, nor in a bare URL
   * ({@code …/wiki/日本_（曖昧さ回避）}), which the joiner would cut short.
   */
  private void underscores(int i, int j, int before, int after, StringBuilder out) {
    boolean opens = Cjk.isWidePunctuation(after) && isNonAsciiWord(before);
    boolean closes = Cjk.isWidePunctuation(before) && isNonAsciiWord(after);
    if ((opens || closes) && inBareUrl(i)) {
      opens = false;
      closes = false;
    }
    if (opens) {
      out.append(Placeholder.SPACE_JOINER);
    }
    out.append(body, i, j);
    if (closes) {
      out.append(Placeholder.SPACE_JOINER);
    }
  }

  /**
   * Whether offset {@code i} is in a word (between spaces) that has a {@code ://} or
   * {@code www.} before it, as the autolinker would link it. Reads on from where the last call
   * stopped, so the body is read once however many runs there are.
   */
  private boolean inBareUrl(int i) {
    for (; scanned < i; scanned++) {
      char c = body.charAt(scanned);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        url = false;
      } else if (!url && (body.startsWith("://", scanned)
          || body.regionMatches(true, scanned, "www.", 0, 4))) {
        url = true;
      }
    }
    return url;
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

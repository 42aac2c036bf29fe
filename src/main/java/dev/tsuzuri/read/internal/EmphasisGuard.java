package dev.tsuzuri.read.internal;

/**
 * Spots paragraphs with so many emphasis delimiter runs that flexmark's emphasis and link
 * processing would recurse thousands deep. Such a note is read flat (emphasis and link characters
 * kept as text) up front, instead of waiting for a {@link StackOverflowError}: how deep the parser
 * gets before it overflows depends on the stack size and on how far the JIT has compiled it, and
 * the work grows with the square of that depth, so the overflow can take minutes to arrive.
 */
final class EmphasisGuard {
  /** Far beyond any real paragraph (a long bold-heavy list has a few hundred). */
  static final int MAX_RUNS_PER_PARAGRAPH = 5_000;

  private EmphasisGuard() {}

  /** True when some paragraph of the text has more delimiter runs than the limit. */
  static boolean tooManyDelimiters(String text) {
    int runs = 0;
    boolean blankLine = true;
    char previous = '\n';
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        if (blankLine) {
          runs = 0;
        }
        blankLine = true;
      } else if (c != ' ' && c != '\t') {
        blankLine = false;
      }
      if ((c == '*' || c == '_' || c == '[' || c == ']') && c != previous
          && ++runs > MAX_RUNS_PER_PARAGRAPH) {
        return true;
      }
      previous = c;
    }
    return false;
  }
}

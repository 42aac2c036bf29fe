package dev.tsuzuri.read.internal;

/**
 * Defuses lines that start with hundreds of {@code *}, {@code -} or {@code _}: flexmark tests
 * such a line with a regular expression that recurses once per character, and a few thousand
 * overflow the stack.
 */
final class LongRules {
  /** Runs of rule characters longer than this are shortened. */
  private static final int LONG_RULE = 256;

  private LongRules() {}

  /**
   * The replacement for the line at body offset {@code pos}, or null when it is harmless. A line
   * of only rule characters (a rule or a setext underline) becomes three of them, which means the
   * same; otherwise the first is escaped, so the line is not tried as a rule at all. Scanning
   * for shortcodes continues at the replacement's end.
   */
  static Replacement shorten(String line, int pos) {
    int i = 0;
    while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
      i++;
    }
    if (i >= line.length() || "*-_".indexOf(line.charAt(i)) < 0) {
      return null;
    }
    char c = line.charAt(i);
    int run = 0;
    boolean spaced = false;
    boolean only = true;
    for (int j = i; j < line.length(); j++) {
      char d = line.charAt(j);
      if (d == c) {
        run++;
      } else if (d == ' ' || d == '\t') {
        spaced = true;
      } else {
        only = false;
        break;
      }
    }
    if (run < LONG_RULE) {
      return null;
    }
    if (only) {
      String rule = spaced ? c + " " + c + " " + c : String.valueOf(c).repeat(3);
      return Replacement.markdown(pos + i, pos + line.length(), rule);
    }
    if (spaced) {
      return null; // markers with spaces are list items: the nesting guard deals with those
    }
    return Replacement.markdown(pos + i, pos + i + 1, "\\" + c);
  }
}

package dev.tsuzuri.read.internal;

/**
 * Spells the backslash escapes of a paragraph that holds many of them as character references
 * ({@code \*} as {@code &#42;}), which mean the same text. flexmark tries a link label at every
 * {@code [} with a regular expression in which an escape can be read two ways, so an unclosed
 * {@code [} followed by a few dozen escapes backtracks through 2ⁿ readings: a 168-byte note
 * found by fuzzing ran for hours. Code spans and fenced code keep their backslashes, which are
 * literal there.
 */
final class EscapeFloods {
  /**
   * More escapes than this in one paragraph are spelled out. Each attempt at a label costs up to
   * 2ⁿ steps for n escapes, and flexmark makes one at every {@code ][}: 2⁸ keeps even a thousand
   * attempts within milliseconds, where 2²² already took seconds.
   */
  static final int MAX_ESCAPES = 8;

  private EscapeFloods() {}

  /** The prepared Markdown with flooded paragraphs defused; the same object when there are none. */
  static Prepared defuse(Prepared prepared) {
    String text = prepared.text();
    if (count(text, 0, text.length()) <= MAX_ESCAPES) {
      return prepared;
    }
    StringBuilder out = new StringBuilder(text.length() + 64);
    char fence = 0;
    int blockStart = -1;
    int pos = 0;
    while (pos < text.length()) {
      int eol = text.indexOf('\n', pos);
      int next = eol < 0 ? text.length() : eol + 1;
      char f = fenceChar(text, pos, next);
      if (fence != 0 || f != 0 || text.substring(pos, next).isBlank()) {
        // code and blank lines end a paragraph and are copied as they are
        if (blockStart >= 0) {
          paragraph(text, blockStart, pos, out);
          blockStart = -1;
        }
        out.append(text, pos, next);
        if (f != 0) {
          fence = fence == 0 ? f : fence == f ? 0 : fence;
        }
      } else if (blockStart < 0) {
        blockStart = pos;
      }
      pos = next;
    }
    if (blockStart >= 0) {
      paragraph(text, blockStart, text.length(), out);
    }
    String defused = out.toString();
    return new Prepared(defused, prepared.lineOf(), BodyLines.starts(defused),
        prepared.placeholders());
  }

  /** Appends text[start, end) (whole lines with their newlines), defused if it is a flood. */
  private static void paragraph(String text, int start, int end, StringBuilder out) {
    if (start >= end) {
      return;
    }
    if (count(text, start, end) <= MAX_ESCAPES) {
      out.append(text, start, end);
      return;
    }
    int i = start;
    while (i < end) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < end && isAsciiPunctuation(text.charAt(i + 1))) {
        out.append("&#").append((int) text.charAt(i + 1)).append(';');
        i += 2;
      } else if (c == '`') {
        int run = runLength(text, i, end, '`');
        int close = closingRun(text, i + run, end, run);
        int stop = close < 0 ? i + run : close + run;
        out.append(text, i, stop);
        i = stop;
      } else {
        out.append(c);
        i++;
      }
    }
  }

  /** Backslash escapes in text[start, end); an escaped backslash counts once. */
  private static int count(String text, int start, int end) {
    int n = 0;
    for (int i = start; i + 1 < end; i++) {
      if (text.charAt(i) == '\\' && isAsciiPunctuation(text.charAt(i + 1))) {
        n++;
        i++;
      }
    }
    return n;
  }

  private static int runLength(String text, int i, int end, char c) {
    int j = i;
    while (j < end && text.charAt(j) == c) {
      j++;
    }
    return j - i;
  }

  /** Where a backtick run of exactly this length starts at or after from, or -1. */
  private static int closingRun(String text, int from, int end, int length) {
    int i = from;
    while (i < end) {
      if (text.charAt(i) == '`') {
        int run = runLength(text, i, end, '`');
        if (run == length) {
          return i;
        }
        i += run;
      } else {
        i++;
      }
    }
    return -1;
  }

  /** The fence character of a line that opens or closes fenced code, or 0. */
  private static char fenceChar(String text, int pos, int eol) {
    int i = pos;
    while (i < eol && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '>')) {
      i++;
    }
    if (i + 3 <= eol) {
      char c = text.charAt(i);
      if ((c == '`' || c == '~') && text.charAt(i + 1) == c && text.charAt(i + 2) == c) {
        return c;
      }
    }
    return 0;
  }

  static boolean isAsciiPunctuation(char c) {
    return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`')
        || (c >= '{' && c <= '~');
  }
}

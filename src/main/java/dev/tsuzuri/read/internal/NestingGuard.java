package dev.tsuzuri.read.internal;

import dev.tsuzuri.diag.TsuzuriException;

/**
 * Refuses Markdown whose lists and block quotes nest deeper than a limit, before flexmark builds
 * a tree so deep that walking it would overflow the stack. The depth is estimated per line from
 * its {@code >} markers and list markers, the way CommonMark nests items: an item whose marker
 * starts at or after the previous item's content column is its child.
 */
public final class NestingGuard {
  private NestingGuard() {}

  /**
   * Checks the prepared Markdown.
   *
   * @throws TsuzuriException naming the line where the nesting passes {@code maxDepth}
   */
  public static void check(Prepared prepared, int maxDepth, String source) {
    String text = prepared.text();
    int[] contentColumns = new int[maxDepth + 2];
    int open = 0;
    boolean previousBlank = true;
    int pos = 0;
    while (pos <= text.length()) {
      int eol = text.indexOf('\n', pos);
      if (eol < 0) {
        eol = text.length();
      }
      int quotes = 0;
      int column = 0;
      int i = isRule(text, pos, eol) ? eol : pos;
      boolean sawMarker = false;
      boolean blank = true;
      while (i < eol) {
        char c = text.charAt(i);
        if (c == ' ') {
          column++;
          i++;
        } else if (c == '\t') {
          column += 4 - column % 4;
          i++;
        } else if (c == '>') {
          quotes++;
          column++;
          i++;
        } else {
          int width = markerWidth(text, i, eol);
          if (width == 0) {
            blank = false;
            break;
          }
          blank = false;
          if (!sawMarker) {
            while (open > 0 && contentColumns[open - 1] > column) {
              open--;
            }
          }
          sawMarker = true;
          if (open > maxDepth) {
            break;
          }
          contentColumns[open++] = column + width;
          column += width;
          i += width;
        }
        if (quotes + open > maxDepth) {
          break;
        }
      }
      if (!sawMarker && !blank && previousBlank) {
        while (open > 0 && contentColumns[open - 1] > column) {
          open--;
        }
      }
      if (quotes + open > maxDepth) {
        throw new TsuzuriException(source, prepared.noteLine(pos), "lists or block quotes are"
            + " nested more than " + maxDepth + " levels deep here (the limit)");
      }
      previousBlank = blank;
      pos = eol + 1;
    }
  }

  /** A thematic break ({@code * * *}, {@code ---}): its stars or dashes are not list markers. */
  private static boolean isRule(String text, int pos, int eol) {
    char rule = 0;
    int count = 0;
    for (int i = pos; i < eol; i++) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\t') {
        continue;
      }
      if ((c != '*' && c != '-' && c != '_') || (rule != 0 && c != rule)) {
        return false;
      }
      rule = c;
      count++;
    }
    return count >= 3;
  }

  /** The width of a list marker and its following space at {@code i}, or 0 when none is there. */
  private static int markerWidth(String text, int i, int eol) {
    char c = text.charAt(i);
    int j = i;
    if (c == '-' || c == '*' || c == '+') {
      j = i + 1;
    } else if (c >= '0' && c <= '9') {
      while (j < eol && j - i < 10 && Character.isDigit(text.charAt(j))) {
        j++;
      }
      if (j >= eol || (text.charAt(j) != '.' && text.charAt(j) != ')')) {
        return 0;
      }
      j++;
    } else {
      return 0;
    }
    if (j < eol && text.charAt(j) != ' ' && text.charAt(j) != '\t') {
      return 0;
    }
    return j - i + 1;
  }
}

package dev.tsuzuri.read.internal;

/** Recognises the lines that open and close fenced code, whose content the pre-pass leaves alone. */
final class CodeFences {
  private CodeFences() {}

  /**
   * The code fence a line opens or closes, after any quote and list markers: {fence, rest of
   * the line}, or null. Written out by hand: a regular expression with a repeated group would
   * recurse once per marker and overflow the stack on hostile lines.
   */
  static String[] fence(String line) {
    int i = 0;
    int n = line.length();
    while (i < n) {
      char c = line.charAt(i);
      if (c == ' ' || c == '\t' || c == '>') {
        i++;
      } else if ((c == '-' || c == '*' || c == '+') && i + 1 < n
          && (line.charAt(i + 1) == ' ' || line.charAt(i + 1) == '\t')) {
        i += 2;
      } else if (c >= '0' && c <= '9') {
        int j = i;
        while (j < n && j - i < 9 && Character.isDigit(line.charAt(j))) {
          j++;
        }
        if (j + 1 < n && (line.charAt(j) == '.' || line.charAt(j) == ')')
            && (line.charAt(j + 1) == ' ' || line.charAt(j + 1) == '\t')) {
          i = j + 2;
        } else {
          break;
        }
      } else {
        break;
      }
    }
    if (i >= n || (line.charAt(i) != '`' && line.charAt(i) != '~')) {
      return null;
    }
    char c = line.charAt(i);
    int j = i;
    while (j < n && line.charAt(j) == c) {
      j++;
    }
    return j - i >= 3 ? new String[] {line.substring(i, j), line.substring(j)} : null;
  }
}

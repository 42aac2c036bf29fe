package dev.tsuzuri.read.internal;

import dev.tsuzuri.diag.TsuzuriException;

/**
 * Refuses paragraphs and tables longer than a limit of lines. flexmark looks at the whole
 * paragraph so far on each of its lines (a heading check), so a paragraph of n lines takes time
 * in n²: 100,000 table rows without a blank line took minutes. Lines of fenced code, list items
 * and headings start blocks of their own and are not counted.
 */
public final class ParagraphGuard {
  /** About a second of flexmark's time; a thousand-row table is far below it. */
  public static final int MAX_LINES = 20_000;

  private ParagraphGuard() {}

  /**
   * Checks the prepared Markdown.
   *
   * @throws TsuzuriException naming the line where a paragraph passes the limit
   */
  public static void check(Prepared prepared, String source) {
    String text = prepared.text();
    char fence = 0;
    int run = 0;
    int runStart = 0;
    for (int pos = 0; pos < text.length(); ) {
      int eol = text.indexOf('\n', pos);
      if (eol < 0) {
        eol = text.length();
      }
      int i = pos;
      while (i < eol && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '>')) {
        i++;
      }
      char c = i < eol ? text.charAt(i) : 0;
      boolean fenceLine = (c == '`' || c == '~') && text.startsWith(String.valueOf(c).repeat(3), i);
      if (fenceLine) {
        fence = fence == 0 ? c : fence == c ? 0 : fence;
        run = 0;
      } else if (fence != 0 || i == eol || c == '#' || c == '-' || c == '*' || c == '+'
          || Character.isDigit(c)) {
        run = 0;
      } else {
        if (run++ == 0) {
          runStart = pos;
        }
        if (run > MAX_LINES) {
          throw new TsuzuriException(source, prepared.noteLine(runStart), "a paragraph or table"
              + " of more than " + MAX_LINES + " lines starts here: put blank lines between its"
              + " parts (so long a block takes the Markdown parser minutes)");
        }
      }
      pos = eol + 1;
    }
  }
}

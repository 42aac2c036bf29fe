package dev.tsuzuri.write.pdf.internal;

import com.openhtmltopdf.extend.FSTextBreaker;
import com.openhtmltopdf.layout.UrlAwareLineBreakIterator;
import dev.tsuzuri.write.html.internal.Kinsoku;
import java.text.BreakIterator;
import java.util.Locale;

/**
 * Line-break opportunities with strict Japanese kinsoku: never before a closing bracket, a
 * Japanese full stop or comma, a prolonged sound mark, a middle dot, an ellipsis or a small kana,
 * and never after an opening bracket; a hyphenated Latin compound is not split at its hyphen. It
 * refines the engine's default (the JDK line breaker,
 * which also breaks URLs after {@code /}), which is close but not exact. One instance per render:
 * it keeps the current text.
 */
public final class KinsokuBreaker implements FSTextBreaker {
  static final String NO_START = Kinsoku.NO_START;
  static final String NO_END = Kinsoku.NO_END;

  private final FSTextBreaker base =
      new UrlAwareLineBreakIterator(BreakIterator.getLineInstance(Locale.JAPANESE));
  private String text = "";

  @Override
  public void setText(String newText) {
    text = newText;
    base.setText(newText);
  }

  @Override
  public int next() {
    while (true) {
      int p = base.next();
      if (p == BreakIterator.DONE || p >= text.length() || allowed(text, p)) {
        return p;
      }
    }
  }

  /** Whether a line may break before the character at {@code p} (0 < p < length). */
  static boolean allowed(String s, int p) {
    if (p <= 0) {
      return true;
    }
    int after = s.codePointAt(p);
    int before = s.codePointBefore(p);
    if (before == '-' && p >= 2 && Character.isLetterOrDigit(s.codePointBefore(p - 1))
        && Character.isLetterOrDigit(after)) {
      // "case-insensitive" stays whole: text extraction drops a hyphen that ends a line, so a
      // break there changes the copied word (long tokens still wrap through word-wrap)
      return false;
    }
    return NO_START.indexOf(after) < 0 && NO_END.indexOf(before) < 0;
  }
}

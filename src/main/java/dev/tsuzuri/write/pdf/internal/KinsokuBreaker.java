package dev.tsuzuri.write.pdf.internal;

import com.openhtmltopdf.extend.FSTextBreaker;
import com.openhtmltopdf.layout.UrlAwareLineBreakIterator;
import java.text.BreakIterator;
import java.util.Locale;

/**
 * Line-break opportunities with strict Japanese kinsoku: never before a closing bracket, a
 * Japanese full stop or comma, a prolonged sound mark, a middle dot, an ellipsis or a small kana,
 * and never after an opening bracket. It refines the engine's default (the JDK line breaker,
 * which also breaks URLs after {@code /}), which is close but not exact. One instance per render:
 * it keeps the current text.
 */
public final class KinsokuBreaker implements FSTextBreaker {
  /** Characters a line must not start with. */
  static final String NO_START = "、。，．,.）〕］｝〉》」』】〙〗〟’”)]}>"
      + "？！?!：；:;‥…・ー゠–〜ゝゞヽヾ々〻"
      + "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ";
  /** Characters a line must not end with. */
  static final String NO_END = "（〔［｛〈《「『【〘〖〝‘“([{";

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
    return NO_START.indexOf(after) < 0 && NO_END.indexOf(before) < 0
        && !(Character.isWhitespace(after) && NO_END.indexOf(before) >= 0);
  }
}

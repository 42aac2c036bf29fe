package dev.tsuzuri.read.internal;

import dev.tsuzuri.read.Shortcode;
import java.util.regex.Pattern;

/**
 * What the pre-pass took out of the Markdown and put back while building the outline. In the
 * text flexmark sees, it is a token of private-use characters flexmark treats as a word.
 *
 * @param kind what it stands for
 * @param shortcode the shortcode (for {@link Kind#SHORTCODE}), else null
 * @param text the literal text (for {@link Kind#LITERAL}) or the notes (for {@link Kind#NOTES})
 * @param source the original text, restored verbatim inside code
 * @param line the 1-based line of the note
 */
public record Placeholder(Kind kind, Shortcode shortcode, String text, String source, int line) {
  /** Kinds of placeholder. */
  public enum Kind {
    /** A Hugo shortcode, turned into outline nodes by its handler. */
    SHORTCODE,
    /** Text to show as it is (an escaped shortcode, an unclosed tag). */
    LITERAL,
    /** A {@code ::: notes} fenced div: speaker notes. */
    NOTES
  }

  static final char OPEN = '\uE000';
  static final char CLOSE = '\uE001';

  /** Put between an emphasis delimiter and CJK punctuation by the pre-pass; removed after. */
  static final char JOINER = '\uE002';

  /**
   * Put between an underscore run and the letter on its other side when the run touches CJK
   * punctuation; removed after. Unlike {@link #JOINER} it must count as whitespace, which no
   * private-use character does, so it is a real but rare space, U+1680 OGHAM SPACE MARK. One the
   * note itself contains reaches flexmark as {@link #OGHAM_SPACE_MARK} and is shown as written.
   */
  static final char SPACE_JOINER = '\u1680';

  static final char OGHAM_SPACE_MARK = '\uE008';

  /** Brackets hidden from flexmark in huge paragraphs; shown as {@code [} and {@code ]}. */
  static final char OPEN_BRACKET = '\uE003';

  static final char CLOSE_BRACKET = '\uE004';

  /** {@code *}, {@code _} and {@code ~} hidden from flexmark when a note is read flat. */
  static final char STAR = '\uE005';

  static final char UNDERSCORE = '\uE006';

  static final char TILDE = '\uE007';

  /** The character a hidden one stands for, or the character itself. */
  static char shown(char c) {
    switch (c) {
      case OPEN_BRACKET:
        return '[';
      case CLOSE_BRACKET:
        return ']';
      case STAR:
        return '*';
      case UNDERSCORE:
        return '_';
      case TILDE:
        return '~';
      case OGHAM_SPACE_MARK:
        return SPACE_JOINER;
      default:
        return c;
    }
  }

  /** The hidden stand-in for a character that opens emphasis or links, or 0. */
  static char hidden(char c) {
    switch (c) {
      case '[':
        return OPEN_BRACKET;
      case ']':
        return CLOSE_BRACKET;
      case '*':
        return STAR;
      case '_':
        return UNDERSCORE;
      case '~':
        return TILDE;
      default:
        return 0;
    }
  }

  /** A token: {@code U+E000}, the index in decimal, {@code U+E001}. */
  public static final Pattern TOKEN = Pattern.compile("\uE000(\\d{1,9})\uE001");

  static String token(int index) {
    return OPEN + Integer.toString(index) + CLOSE;
  }
}

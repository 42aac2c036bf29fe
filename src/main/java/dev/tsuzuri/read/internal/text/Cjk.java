package dev.tsuzuri.read.internal.text;

/** Character classes of Chinese, Japanese and Korean text that the reader treats specially. */
public final class Cjk {
  private Cjk() {}

  /** True for kana and kanji, the marks of Japanese text. */
  public static boolean isKanaOrKanji(int cp) {
    Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
    return block == Character.UnicodeBlock.HIRAGANA
        || block == Character.UnicodeBlock.KATAKANA
        || block == Character.UnicodeBlock.KATAKANA_PHONETIC_EXTENSIONS
        || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
  }

  /**
   * True for characters written without spaces between them: kana, kanji, CJK punctuation and
   * full-width forms. A soft line break between two of them is dropped, not turned into a space.
   */
  public static boolean isWide(int cp) {
    if (cp < 0x2E80) {
      return false;
    }
    if (isKanaOrKanji(cp)) {
      return true;
    }
    Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
    return block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
        || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
        || block == Character.UnicodeBlock.CJK_COMPATIBILITY
        || block == Character.UnicodeBlock.CJK_COMPATIBILITY_FORMS
        || block == Character.UnicodeBlock.VERTICAL_FORMS
        || block == Character.UnicodeBlock.ENCLOSED_CJK_LETTERS_AND_MONTHS;
  }

  /** True for CJK brackets and punctuation ({@code 「」【】（）、。！？}). */
  public static boolean isWidePunctuation(int cp) {
    if (cp < 0x3000) {
      return false;
    }
    Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
    if (block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION) {
      return true;
    }
    if (block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS) {
      int type = Character.getType(cp);
      return type != Character.UPPERCASE_LETTER && type != Character.LOWERCASE_LETTER
          && type != Character.DECIMAL_DIGIT_NUMBER && type != Character.OTHER_LETTER
          && type != Character.MODIFIER_LETTER;
    }
    return false;
  }
}

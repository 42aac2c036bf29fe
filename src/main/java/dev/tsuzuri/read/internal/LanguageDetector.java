package dev.tsuzuri.read.internal;

import dev.tsuzuri.read.internal.text.Cjk;
/** Guesses a note's language from its text: any kana or kanji makes it Japanese. */
public final class LanguageDetector {
  private static final int SAMPLE = 200_000;

  private LanguageDetector() {}

  /** "ja" when the text holds kana or kanji, else "en". */
  public static String detect(String text) {
    int end = Math.min(text.length(), SAMPLE);
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (c >= 0x3040 && Cjk.isKanaOrKanji(c)) {
        return "ja";
      }
    }
    return "en";
  }
}

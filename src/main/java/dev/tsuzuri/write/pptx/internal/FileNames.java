package dev.tsuzuri.write.pptx.internal;

import java.text.Normalizer;

/** Safe file names for per-session decks: {@code NN-title}, portable to every file system. */
final class FileNames {
  private static final int MAX_TITLE = 60;

  private FileNames() {}

  /** {@code 03-Session_title}: two-digit number, then the title with unsafe characters replaced. */
  static String deck(int number, String title) {
    String t = Normalizer.normalize(title, Normalizer.Form.NFC)
        .replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", " ")
        .replaceAll("[\\s\u3000]+", "_")
        .replaceAll("^[._]+|[._]+$", "");
    if (t.codePointCount(0, t.length()) > MAX_TITLE) {
      t = t.substring(0, t.offsetByCodePoints(0, MAX_TITLE)).replaceAll("[._]+$", "");
    }
    String n = String.format("%02d", number);
    return t.isEmpty() ? n : n + "-" + t;
  }
}

package dev.tsuzuri.write;

/**
 * The text that stands for a picture, the same in every writer: the text alternative a tagged
 * PDF, a Word drawing and a slide picture carry, and the words shown where a picture is missing.
 */
public final class PictureText {
  /**
   * The most characters shown in place of a missing picture. Alt text is a short description;
   * a megabyte of it (hostile or broken HTML) would otherwise be set as hundreds of pages of one
   * unbreakable word, which the PDF engine measures a character at a time.
   */
  public static final int MAX_SHOWN = 1000;

  private PictureText() {}

  /**
   * The text alternative of a picture: its alt text, else the given description (a title or a
   * caption), else its file name. Tagged PDFs need one for every figure, and a screen reader
   * reads it; an HTML thumbnail often has no alt at all.
   */
  public static String alternative(String alt, String description, String src) {
    if (!alt.isBlank()) {
      return alt;
    }
    if (!description.isBlank()) {
      return description;
    }
    int end = src.length();
    for (char c : new char[] {'?', '#'}) {
      int i = src.indexOf(c);
      end = i >= 0 ? Math.min(end, i) : end;
    }
    String name = src.startsWith("data:") ? ""
        : src.substring(src.lastIndexOf('/', Math.max(0, end - 1)) + 1, end);
    return name.isBlank() ? "image" : name;
  }

  /** The words shown where a picture is missing: {@code text}, cut to {@link #MAX_SHOWN}. */
  public static String shown(String text) {
    if (text.length() <= MAX_SHOWN) {
      return text;
    }
    int end = Character.isLowSurrogate(text.charAt(MAX_SHOWN)) ? MAX_SHOWN - 1 : MAX_SHOWN;
    return text.substring(0, end) + "…";
  }
}

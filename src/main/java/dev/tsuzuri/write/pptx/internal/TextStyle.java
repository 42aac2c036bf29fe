package dev.tsuzuri.write.pptx.internal;

/**
 * The typefaces and language written on every run.
 *
 * @param face the typeface for text (Latin and East Asian)
 * @param monoFace the fixed-pitch typeface for code
 * @param lang the run language, "ja-JP" for Japanese documents so PowerPoint applies kinsoku
 */
record TextStyle(String face, String monoFace, String lang) {
  /** The bundled fonts' families, in the document's language. */
  static TextStyle forLang(String documentLang) {
    String lang;
    if (documentLang == null || documentLang.isBlank()) {
      lang = "en-US";
    } else if (documentLang.equals("ja") || documentLang.startsWith("ja-")
        || documentLang.startsWith("ja_")) {
      lang = "ja-JP";
    } else if (documentLang.equals("en")) {
      lang = "en-US";
    } else {
      lang = documentLang.replace('_', '-');
    }
    return new TextStyle("BIZ UDPGothic", "BIZ UDGothic", lang);
  }
}

package dev.tsuzuri.write.docx.internal;

import java.util.Locale;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;

/**
 * Document-wide settings: the Word form of the note's language, and the language and East Asian
 * font of the default run properties.
 */
final class DocumentSetup {
  private DocumentSetup() {}

  /** "ja" → "ja-JP", "en" → "en-US"; a tag with a region stays as it is. */
  static String wordLanguage(String lang) {
    String l = lang == null ? "" : lang.trim().replace('_', '-');
    if (l.isEmpty()) {
      return "ja-JP";
    }
    if (l.contains("-")) {
      // BCP 47 casing, as Word writes it: "ja-jp" → "ja-JP", "zh-hant-tw" → "zh-Hant-TW"
      String[] parts = l.split("-");
      StringBuilder b = new StringBuilder(parts[0].toLowerCase(Locale.ROOT));
      for (int i = 1; i < parts.length; i++) {
        String p = parts[i];
        b.append('-').append(p.length() == 2 ? p.toUpperCase(Locale.ROOT)
            : p.length() == 4 ? p.substring(0, 1).toUpperCase(Locale.ROOT)
                + p.substring(1).toLowerCase(Locale.ROOT) : p);
      }
      return b.toString();
    }
    return switch (l.toLowerCase(Locale.ROOT)) {
      case "ja" -> "ja-JP";
      case "en" -> "en-US";
      case "zh" -> "zh-CN";
      case "ko" -> "ko-KR";
      case "de" -> "de-DE";
      case "fr" -> "fr-FR";
      case "es" -> "es-ES";
      default -> l;
    };
  }

  /** Sets the default run properties' languages and East Asian font for the note's language. */
  static void languageAndFonts(CTStyles ct, String noteLanguage) {
    String lang = wordLanguage(noteLanguage);
    String primary = lang.toLowerCase(Locale.ROOT);
    boolean eastAsian = primary.startsWith("ja") || primary.startsWith("zh")
        || primary.startsWith("ko");
    CTDocDefaults defaults = ct.isSetDocDefaults() ? ct.getDocDefaults() : ct.addNewDocDefaults();
    var rprDefault = defaults.isSetRPrDefault() ? defaults.getRPrDefault()
        : defaults.addNewRPrDefault();
    CTRPr rpr = rprDefault.isSetRPr() ? rprDefault.getRPr() : rprDefault.addNewRPr();
    CTLanguage language = rpr.sizeOfLangArray() > 0 ? rpr.getLangArray(0) : rpr.addNewLang();
    // Latin spell checking follows the note; East Asian text is Japanese unless the note is
    // Chinese or Korean
    language.setVal(eastAsian ? (primary.startsWith("ja") ? "en-US" : lang) : lang);
    language.setEastAsia(eastAsian ? lang : "ja-JP");
    CTFonts fonts = rpr.sizeOfRFontsArray() > 0 ? rpr.getRFontsArray(0) : rpr.addNewRFonts();
    if (!fonts.isSetEastAsia() && !fonts.isSetEastAsiaTheme()) {
      fonts.setEastAsia(Fonts.GOTHIC);
    }
  }


}

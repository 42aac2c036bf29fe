package dev.tsuzuri.write.docx.internal;

import dev.tsuzuri.write.XmlChars;
import dev.tsuzuri.outline.Document;
import dev.tsuzuri.outline.Metadata;
import java.util.Date;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;

/**
 * Document-wide settings: the language and East Asian font of the default run properties, and
 * the core properties (title, author, subject, keywords, category, dates, language) from the
 * front matter. Dates come from the note, never from the clock.
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
  static void languageAndFonts(XWPFStyles styles, String noteLanguage) {
    String lang = wordLanguage(noteLanguage);
    String primary = lang.toLowerCase(Locale.ROOT);
    boolean eastAsian = primary.startsWith("ja") || primary.startsWith("zh")
        || primary.startsWith("ko");
    var ct = styles.getCtStyles();
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

  static void coreProperties(XWPFDocument doc, Document source, String fallbackTitle) {
    var p = doc.getProperties().getCoreProperties().getUnderlyingProperties();
    Metadata m = source.metadata();
    String title = source.title().isBlank() ? fallbackTitle : source.title();
    p.setTitleProperty(Optional.of(XmlChars.clean(title)));
    p.setCreatorProperty(text(String.join("; ", m.authors())));
    p.setSubjectProperty(text(m.description()));
    p.setKeywordsProperty(text(String.join(", ", m.tags())));
    p.setCategoryProperty(text(String.join(", ", m.categories())));
    p.setDescriptionProperty(Optional.empty());
    p.setLanguageProperty(text(wordLanguage(m.lang())));
    p.setLastModifiedByProperty(Optional.empty());
    p.setRevisionProperty(Optional.empty());
    p.setCreatedProperty(m.dateValue().map(d -> Date.from(d.toInstant())));
    p.setModifiedProperty(m.lastmodValue().map(d -> Date.from(d.toInstant())));
  }

  private static Optional<String> text(String s) {
    String c = XmlChars.clean(s).strip();
    return c.isEmpty() ? Optional.empty() : Optional.of(c);
  }
}

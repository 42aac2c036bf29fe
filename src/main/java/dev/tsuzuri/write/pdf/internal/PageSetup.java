package dev.tsuzuri.write.pdf.internal;

import dev.tsuzuri.write.pdf.PdfOptions;
import dev.tsuzuri.diag.TsuzuriException;
import java.util.Locale;

/**
 * The checked form of the layout choices in {@link PdfOptions}: page size in millimetres, body
 * font, PDF standard.
 *
 * @param widthMm page width
 * @param heightMm page height
 * @param serif whether the body is set in the mincho
 * @param pdfA whether to write PDF/A-2u
 */
record PageSetup(double widthMm, double heightMm, boolean serif, boolean pdfA) {

  /**
   * Checks the options.
   *
   * @throws TsuzuriException naming the accepted values when one is unknown
   */
  static PageSetup of(PdfOptions o) {
    String size = o.pageSize() == null ? "a4" : o.pageSize().trim().toLowerCase(Locale.ROOT);
    double w;
    double h;
    switch (size) {
      case "a4" -> { w = 210; h = 297; }
      case "a5" -> { w = 148; h = 210; }
      // JIS B5, the B5 of Japanese paper and printers (ISO B5 is 176 × 250)
      case "b5" -> { w = 182; h = 257; }
      case "letter" -> { w = 215.9; h = 279.4; }
      default -> throw new TsuzuriException(
          "unknown page size '" + o.pageSize() + "' (use A4, A5, B5 or Letter)");
    }
    String font = o.font() == null ? "sans" : o.font().trim().toLowerCase(Locale.ROOT);
    if (!font.equals("sans") && !font.equals("serif")) {
      throw new TsuzuriException("unknown font '" + o.font() + "' (use sans or serif)");
    }
    String std = o.pdfStandard() == null ? "" : o.pdfStandard().trim().toLowerCase(Locale.ROOT);
    if (!std.isEmpty() && !std.equals("pdfa-2u") && !std.equals("none")) {
      throw new TsuzuriException(
          "unknown PDF standard '" + o.pdfStandard() + "' (use pdfa-2u)");
    }
    return new PageSetup(w, h, font.equals("serif"), std.equals("pdfa-2u"));
  }

  /** The CSS that applies these choices, placed after the default stylesheet. */
  String css() {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "@page { size: %.1fmm %.1fmm; }%n", widthMm, heightMm));
    if (serif) {
      b.append("html { font-family: \"BIZ UDPMincho\", \"BIZ UDPGothic\", \"BIZ UDGothic\", "
          + "\"Noto Emoji\"; }\n");
      b.append("h1, h2, h3, h4, h5, h6, .title-block .title, th { font-family: "
          + "\"BIZ UDPGothic\", \"BIZ UDGothic\", \"Noto Emoji\"; }\n");
    }
    if (widthMm < 160) {
      b.append("@page { margin: 15mm 13mm 16mm 13mm; }\nhtml { font-size: 9pt; }\n");
    }
    return b.toString();
  }
}

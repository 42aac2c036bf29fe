package dev.tsuzuri.write.pdf.internal;

import dev.tsuzuri.write.pdf.PdfOptions;
import dev.tsuzuri.write.BodyFont;
import dev.tsuzuri.write.pdf.PdfStandard;
import java.util.Locale;

/**
 * The layout choices in {@link PdfOptions} as the layout needs them: page size in
 * millimetres, body font, PDF standard.
 *
 * @param widthMm page width
 * @param heightMm page height
 * @param serif whether the body is set in the mincho
 * @param pdfA whether to write PDF/A-2u
 */
record PageSetup(double widthMm, double heightMm, boolean serif, boolean pdfA) {

  /** The setup the options choose; the enums have been checked when the options were built. */
  static PageSetup of(PdfOptions o) {
    return new PageSetup(o.pageSize().widthMm(), o.pageSize().heightMm(),
        o.font() == BodyFont.SERIF, o.standard() == PdfStandard.PDFA_2U);
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

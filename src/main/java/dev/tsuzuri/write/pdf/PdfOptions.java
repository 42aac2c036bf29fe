package dev.tsuzuri.write.pdf;

import java.nio.file.Path;

/**
 * How the PDF writer lays out a note.
 *
 * @param pageSize "A4", "A5", "B5" or "Letter" ({@code --page-size})
 * @param toc whether to put a table of contents with page numbers after the title ({@code --toc})
 * @param template an HTML page-structure template replacing the default, or null ({@code
 *     --template x.html})
 * @param css a stylesheet added after the default one, or null ({@code --css})
 * @param font "sans" (BIZ UDPGothic) or "serif" (BIZ UDPMincho body) ({@code --font})
 * @param pdfStandard null, or "pdfa-2u" for PDF/A-2u ({@code --pdf-standard})
 * @param tagged whether to write a tagged PDF with PDF/UA structure ({@code --tagged})
 */
public record PdfOptions(
    String pageSize, boolean toc, Path template, Path css, String font, String pdfStandard,
    boolean tagged) {

  /** A4, no table of contents, the default template and stylesheet, sans body, plain PDF. */
  public static PdfOptions defaults() {
    return new PdfOptions("A4", false, null, null, "sans", null, false);
  }
}

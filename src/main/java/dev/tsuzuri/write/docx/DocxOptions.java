package dev.tsuzuri.write.docx;

import java.nio.file.Path;

/**
 * How the Word writer builds a document.
 *
 * @param template a reference .docx whose styles, page setup, headers and footers are used, or
 *     null for the bundled one ({@code --template x.docx})
 * @param toc whether to insert a table-of-contents field that Word fills in ({@code --toc})
 * @param embedFonts whether to embed the (subset) fonts so the file looks the same everywhere
 *     ({@code --no-embed-fonts} turns it off)
 */
public record DocxOptions(Path template, boolean toc, boolean embedFonts) {

  /** The bundled template, no table of contents, fonts embedded. */
  public static DocxOptions defaults() {
    return new DocxOptions(null, false, true);
  }
}

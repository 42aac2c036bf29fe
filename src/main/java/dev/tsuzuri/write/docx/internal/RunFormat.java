package dev.tsuzuri.write.docx.internal;

import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;

/** Direct run formatting applied to every run of a paragraph (where a style cannot be used). */
@FunctionalInterface
interface RunFormat {
  /** Adds the formatting to a run's properties. */
  void apply(CTRPr pr);

  /** Monospace text in the code font, for code inside list items. */
  static RunFormat monospace() {
    return pr -> {
      var f = pr.addNewRFonts();
      f.setAscii(Fonts.MONO);
      f.setHAnsi(Fonts.MONO);
      f.setEastAsia(Fonts.MONO);
      f.setCs(Fonts.MONO);
      pr.addNewSz().setVal(java.math.BigInteger.valueOf(18));
    };
  }
}

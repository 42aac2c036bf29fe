package dev.tsuzuri.write.docx.internal;

/** Direct run formatting applied to every run of a paragraph (where a style cannot be used). */
final class RunFormat {
  /** Monospace text in the code font, for code inside list items. */
  static final String MONOSPACE = "<w:rFonts w:ascii=\"" + Fonts.MONO + "\" w:hAnsi=\""
      + Fonts.MONO + "\" w:eastAsia=\"" + Fonts.MONO + "\" w:cs=\"" + Fonts.MONO + "\"/>";
  /** The size that goes with {@link #MONOSPACE}, later in the run properties' order. */
  static final String MONOSPACE_SIZE = "<w:sz w:val=\"18\"/>";

  private RunFormat() {}
}

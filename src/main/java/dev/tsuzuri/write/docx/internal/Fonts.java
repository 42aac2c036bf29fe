package dev.tsuzuri.write.docx.internal;

/** The font families tsuzuri's reference document uses. */
final class Fonts {
  private Fonts() {}

  /** Body and headings, East Asian and Latin. */
  static final String GOTHIC = "BIZ UDPGothic";
  /** Code. */
  static final String MONO = "BIZ UDGothic";
  /** Check boxes of task lists (☐ ☒), which the BIZ UD fonts lack. */
  static final String SYMBOLS = "Segoe UI Symbol";
}

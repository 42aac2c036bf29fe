package dev.tsuzuri.write.pdf;

import dev.tsuzuri.write.InvalidOptionException;
import dev.tsuzuri.write.Setting;

/** The PDF standard a file is written to. */
public enum PdfStandard implements Setting.Choice {
  /** Plain PDF, the default. */
  NONE("none"),
  /** PDF/A-2u, for archiving: sRGB output intent, XMP metadata, Unicode text. */
  PDFA_2U("pdfa-2u");

  private final String label;

  PdfStandard(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  /**
   * The standard a user named ("pdfa-2u", "none").
   *
   * @throws InvalidOptionException naming the standards when there is no such one
   */
  public static PdfStandard parse(String value) {
    return Setting.Choice.parse(PdfStandard.class, "pdf-standard", value);
  }
}

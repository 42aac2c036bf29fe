package dev.tsuzuri.write.pdf;

import dev.tsuzuri.write.InvalidOptionException;
import dev.tsuzuri.write.Setting;

/** The paper a PDF is laid out on. */
public enum PageSize implements Setting.Choice {
  /** ISO A4, 210 × 297 mm, the default. */
  A4("A4", 210, 297),
  /** ISO A5, 148 × 210 mm: smaller margins and type. */
  A5("A5", 148, 210),
  /** JIS B5, 182 × 257 mm, the B5 of Japanese paper and printers (ISO B5 is 176 × 250). */
  B5("B5", 182, 257),
  /** US Letter, 8.5 × 11 in. */
  LETTER("Letter", 215.9, 279.4);

  private final String label;
  private final double widthMm;
  private final double heightMm;

  PageSize(String label, double widthMm, double heightMm) {
    this.label = label;
    this.widthMm = widthMm;
    this.heightMm = heightMm;
  }

  @Override
  public String label() {
    return label;
  }

  /** The width in millimetres (portrait). */
  public double widthMm() {
    return widthMm;
  }

  /** The height in millimetres (portrait). */
  public double heightMm() {
    return heightMm;
  }

  /**
   * The size a user named ("a5", "Letter").
   *
   * @throws InvalidOptionException naming the sizes when there is no such one
   */
  public static PageSize parse(String value) {
    return Setting.Choice.parse(PageSize.class, "page-size", value);
  }
}

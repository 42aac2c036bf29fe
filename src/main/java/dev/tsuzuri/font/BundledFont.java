package dev.tsuzuri.font;

import dev.tsuzuri.TsuzuriException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The fonts tsuzuri ships (BIZ UD, SIL Open Font License): TrueType outlines, so PDFBox can embed
 * and subset them, and text extracted from a PDF is the text that was written. Each file is read
 * once per process and its bytes shared.
 */
public enum BundledFont {
  /** Proportional gothic for body text and headings. */
  GOTHIC("BIZUDPGothic-Regular.ttf", "BIZ UDPGothic", 400),
  /** Its bold. */
  GOTHIC_BOLD("BIZUDPGothic-Bold.ttf", "BIZ UDPGothic", 700),
  /** Fixed-pitch gothic for code. */
  MONO("BIZUDGothic-Regular.ttf", "BIZ UDGothic", 400),
  /** Its bold. */
  MONO_BOLD("BIZUDGothic-Bold.ttf", "BIZ UDGothic", 700),
  /** Proportional mincho for a serif body ({@code --font serif}); it has no bold. */
  SERIF("BIZUDPMincho-Regular.ttf", "BIZ UDPMincho", 400),
  /** Monochrome emoji (Noto Emoji, SIL Open Font License), the fallback for emoji. */
  EMOJI("NotoEmoji-Regular.ttf", "Noto Emoji", 400);

  private final String file;
  private final String family;
  private final int weight;
  private volatile byte[] bytes;

  BundledFont(String file, String family, int weight) {
    this.file = file;
    this.family = family;
    this.weight = weight;
  }

  /** The file name inside {@code fonts/}. */
  public String file() {
    return file;
  }

  /** The family name as the font itself declares it. */
  public String family() {
    return family;
  }

  /** The CSS weight: 400 or 700. */
  public int weight() {
    return weight;
  }

  /** True for the bold faces. */
  public boolean bold() {
    return weight >= 700;
  }

  /** The font file's bytes, read from the class path once per process. */
  public byte[] bytes() {
    byte[] b = bytes;
    if (b == null) {
      synchronized (this) {
        if (bytes == null) {
          bytes = load();
        }
        b = bytes;
      }
    }
    return b;
  }

  /** A fresh stream over the font's bytes. */
  public InputStream open() {
    return new ByteArrayInputStream(bytes());
  }

  private byte[] load() {
    try (InputStream in = BundledFont.class.getResourceAsStream("/fonts/" + file)) {
      if (in == null) {
        throw new TsuzuriException("bundled font missing from the class path: fonts/" + file);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new TsuzuriException("cannot read bundled font fonts/" + file + ": " + e.getMessage());
    }
  }
}

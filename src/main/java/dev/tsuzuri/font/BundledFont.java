package dev.tsuzuri.font;

import dev.tsuzuri.diag.TsuzuriException;
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

  /**
   * The system property naming a folder with the same font files as the jar, read instead of the
   * jar's copies: the launcher points it at the repository's {@code fonts/}. Inflating a 4.6 MB
   * font from the jar costs a one-note run tens of milliseconds per face; reading the file, a few.
   * A file whose size differs from the bundled one is not used.
   */
  public static final String FOLDER_PROPERTY = "tsuzuri.fonts";

  private byte[] load() {
    byte[] fromFolder = fromFolder(System.getProperty(FOLDER_PROPERTY));
    if (fromFolder != null) {
      return fromFolder;
    }
    try (InputStream in = BundledFont.class.getResourceAsStream("/fonts/" + file)) {
      if (in == null) {
        throw new TsuzuriException("bundled font missing from the class path: fonts/" + file);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new TsuzuriException("cannot read bundled font fonts/" + file + ": " + e.getMessage());
    }
  }

  /** The font's file in a folder, or null (no folder, no file, not the bundled size). */
  byte[] fromFolder(String folder) {
    if (folder == null || folder.isBlank()) {
      return null;
    }
    try {
      java.nio.file.Path path = java.nio.file.Path.of(folder, file);
      java.net.URL bundled = BundledFont.class.getResource("/fonts/" + file);
      if (bundled == null || !java.nio.file.Files.isRegularFile(path)) {
        return null;
      }
      long size = bundled.openConnection().getContentLengthLong();
      byte[] bytes = java.nio.file.Files.readAllBytes(path);
      return bytes.length == size ? bytes : null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}

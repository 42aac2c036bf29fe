package dev.tsuzuri.font;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;

/**
 * Makes the bundled fonts known to Java2D, once per process, so that text measured or drawn with
 * AWT (POI's slide renderer, for instance) uses their real metrics even on a machine that does
 * not have them installed.
 */
public final class AwtFonts {
  private static volatile boolean registered;

  private AwtFonts() {}

  /** Registers every bundled font with the local graphics environment; later calls do nothing. */
  public static void register() {
    if (registered) {
      return;
    }
    synchronized (AwtFonts.class) {
      if (registered) {
        return;
      }
      GraphicsEnvironment env = GraphicsEnvironment.getLocalGraphicsEnvironment();
      for (BundledFont f : BundledFont.values()) {
        try {
          env.registerFont(Font.createFont(Font.TRUETYPE_FONT, f.open()));
        } catch (FontFormatException | IOException e) {
          throw new IllegalStateException("bundled font unreadable: " + f.file(), e);
        }
      }
      registered = true;
    }
  }
}

package dev.tsuzuri.font;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.util.EnumSet;
import java.util.Set;

/**
 * Makes the bundled fonts known to Java2D, each once per process, so that text measured or drawn
 * with AWT (POI's slide renderer, for instance) uses their real metrics even on a machine that
 * does not have them installed.
 */
public final class AwtFonts {
  private static final Set<BundledFont> REGISTERED = EnumSet.noneOf(BundledFont.class);

  private AwtFonts() {}

  /** Registers every bundled font with the local graphics environment. */
  public static void register() {
    register(BundledFont.values());
  }

  /**
   * Registers these bundled fonts; fonts registered before are skipped. A writer names only the
   * faces it measures with: reading and parsing a 6 MB font it never uses would cost a one-note
   * run tens of milliseconds.
   */
  public static synchronized void register(BundledFont... fonts) {
    GraphicsEnvironment env = null;
    for (BundledFont f : fonts) {
      if (REGISTERED.contains(f)) {
        continue;
      }
      if (env == null) {
        env = GraphicsEnvironment.getLocalGraphicsEnvironment();
      }
      try {
        env.registerFont(Font.createFont(Font.TRUETYPE_FONT, f.open()));
      } catch (FontFormatException | IOException e) {
        throw new IllegalStateException("bundled font unreadable: " + f.file(), e);
      }
      REGISTERED.add(f);
    }
  }
}

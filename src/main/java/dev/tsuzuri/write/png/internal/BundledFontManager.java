package dev.tsuzuri.write.png.internal;

import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.common.usermodel.fonts.FontInfo;
import org.apache.poi.sl.draw.DrawFontManagerDefault;

/**
 * Maps typefaces Java2D does not have (a template's Yu Gothic, Calibri …) to the bundled fonts,
 * so previews show Japanese text instead of empty boxes on any machine.
 */
final class BundledFontManager extends DrawFontManagerDefault {
  private final Set<String> available = Set.of(
      GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames(Locale.ROOT));

  @Override
  public FontInfo getMappedFont(Graphics2D graphics, FontInfo fontInfo) {
    FontInfo mapped = super.getMappedFont(graphics, fontInfo);
    String face = mapped == null ? null : mapped.getTypeface();
    if (face != null && available.contains(face)) {
      return mapped;
    }
    boolean mono = face != null && face.toLowerCase(Locale.ROOT).matches(
        ".*(mono|courier|consol|code|gothic\\b(?!.*p)).*");
    String replacement = mono ? "BIZ UDGothic" : "BIZ UDPGothic";
    return () -> replacement;
  }
}

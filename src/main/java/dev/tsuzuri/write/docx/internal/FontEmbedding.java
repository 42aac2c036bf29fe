package dev.tsuzuri.write.docx.internal;

import dev.tsuzuri.font.BundledFont;
import dev.tsuzuri.write.docx.internal.font.GlyphSubset;
import dev.tsuzuri.write.docx.internal.font.SfntFont;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Embeds the bundled fonts the document uses, subset to the characters it shows, in Word's
 * obfuscated-font format (ECMA-376 Part 1, 17.8.1): {@code word/fonts/fontN.odttf} parts whose
 * first 32 bytes are XORed with the font key, referenced from {@code fontTable.xml} by
 * {@code w:embedRegular}/{@code w:embedBold}. Word and LibreOffice then show the document in the
 * same font on a machine that does not have it.
 */
final class FontEmbedding {
  /** An embeddable face: its family in the font table and its embed element there. */
  private record Face(BundledFont font, String family, String element) {}

  /** Each font's obfuscation key, a GUID derived from its name: equal input, equal bytes. */
  private static final Map<BundledFont, String> KEYS = keys();

  private FontEmbedding() {}

  private static Map<BundledFont, String> keys() {
    Map<BundledFont, String> keys = new java.util.EnumMap<>(BundledFont.class);
    for (BundledFont f : BundledFont.values()) {
      keys.put(f, "{" + UUID.nameUUIDFromBytes(("tsuzuri font " + f.name())
          .getBytes(StandardCharsets.UTF_8)).toString().toUpperCase(Locale.ROOT) + "}");
    }
    return keys;
  }

  /**
   * Embeds the fonts, or with {@code embed} false switches embedding off in the settings.
   *
   * @param codeCharacters the characters written in the code font; it is embedded only when
   *     there are some, subset to them
   */
  static void apply(Map<String, byte[]> whole, boolean embed, Set<Integer> codeCharacters,
      dev.tsuzuri.diag.WarningSink warnings) {
    // work on a copy: a part of the template that cannot be edited leaves the package as it was
    Map<String, byte[]> parts = new java.util.LinkedHashMap<>(whole);
    try {
      edit(parts, embed, codeCharacters);
      whole.clear();
      whole.putAll(parts);
    } catch (Exception e) {
      warnings.warn("fonts not embedded: " + (e.getMessage() == null
          ? e.getClass().getSimpleName() : e.getMessage()));
    }
  }

  private static void edit(Map<String, byte[]> parts, boolean embed,
      Set<Integer> codeCharacters) throws IOException {
    try {
      byte[] settings = parts.get("word/settings.xml");
      if (settings != null) {
        parts.put("word/settings.xml", PartEditCache.edited("settings embed=" + embed, settings,
            s -> FontPartsXml.settings(s, embed)));
      }
      if (!embed) {
        return;
      }
      List<Face> faces = new ArrayList<>();
      if (UsedCharacters.mentions(parts, Fonts.GOTHIC)) {
        faces.add(new Face(BundledFont.GOTHIC, Fonts.GOTHIC, "embedRegular"));
        faces.add(new Face(BundledFont.GOTHIC_BOLD, Fonts.GOTHIC, "embedBold"));
      }
      if (!codeCharacters.isEmpty() && UsedCharacters.mentions(parts, Fonts.MONO)) {
        faces.add(new Face(BundledFont.MONO, Fonts.MONO, "embedRegular"));
      }
      if (faces.isEmpty()) {
        return;
      }
      Set<Integer> chars = UsedCharacters.of(parts);
      Set<Integer> code = new java.util.TreeSet<>(codeCharacters);
      for (int c = 0x20; c < 0x7F; c++) {
        code.add(c);
      }
      embed(parts, faces, chars, code);
    } catch (IOException e) {
      throw e;
    } catch (Exception e) {
      throw new IOException("cannot embed fonts: " + e.getMessage(), e);
    }
  }

  private static void embed(Map<String, byte[]> parts, List<Face> faces, Set<Integer> chars,
      Set<Integer> codeChars) throws Exception {
    List<FontPartsXml.Embedded> embedded = new ArrayList<>();
    for (Face face : faces) {
      int n = embedded.size() + 1;
      String partName = "word/fonts/tsuzuri-font" + n + ".odttf";
      Set<Integer> kept = face.font() == BundledFont.MONO ? codeChars : chars;
      String key = KEYS.get(face.font());
      parts.put(partName, obfuscate(subset(face.font(), kept), key));
      embedded.add(new FontPartsXml.Embedded(face.family(), face.element(), partName,
          "rIdTsuzuriFont" + n, key));
    }
    String variant = embedded.toString();
    String fontTableName = FontPartsXml.ensureFontTable(parts);
    parts.put(fontTableName, PartEditCache.edited("fontTable " + variant,
        parts.get(fontTableName), t -> FontPartsXml.fontTable(t, embedded)));
    String relsName = fontTableName.replace("word/", "word/_rels/") + ".rels";
    parts.put(relsName, PartEditCache.edited("fontTable rels " + variant,
        parts.getOrDefault(relsName, new byte[0]),
        r -> FontPartsXml.fontRelationships(r, embedded)));
    parts.put("[Content_Types].xml", PartEditCache.edited("odttf type",
        parts.get("[Content_Types].xml"), FontPartsXml::contentType));
  }

  /** The font cut down to the characters (and the glyphs they need), glyph ids kept. */
  static byte[] subset(BundledFont font, Set<Integer> chars) {
    return GlyphSubset.of(SfntFont.of(font), chars);
  }

  /**
   * Word's font obfuscation: the key's 16 bytes are the GUID's hex digits read as bytes from the
   * last to the first; they are XORed over the font's first 32 bytes (twice 16).
   */
  static byte[] obfuscate(byte[] font, String guid) {
    String hex = guid.replaceAll("[^0-9A-Fa-f]", "");
    byte[] key = new byte[16];
    for (int i = 0; i < 16; i++) {
      int at = (15 - i) * 2;
      key[i] = (byte) Integer.parseInt(hex.substring(at, at + 2), 16);
    }
    byte[] out = font.clone();
    for (int i = 0; i < 32 && i < out.length; i++) {
      out[i] ^= key[i % 16];
    }
    return out;
  }
}

package dev.tsuzuri.write.docx.internal.font;

import static dev.tsuzuri.write.docx.internal.font.SfntFont.i16;
import static dev.tsuzuri.write.docx.internal.font.SfntFont.i32;
import static dev.tsuzuri.write.docx.internal.font.SfntFont.u16;

import java.util.TreeMap;

/**
 * Reads a font's Unicode character map: the full-repertoire subtable (format 12) when there is
 * one, else the BMP one (format 4), the choice fontbox's {@code getUnicodeCmapLookup} makes too.
 */
final class CmapReader {
  private CmapReader() {}

  /** The mapped code points, ascending, and their glyph ids: {@code {codes, glyphs}}. */
  static int[][] read(byte[] data, SfntFont.Table cmap, int numGlyphs) {
    int base = cmap.offset();
    int count = u16(data, base + 2);
    int full = -1;
    int bmp = -1;
    for (int i = 0; i < count; i++) {
      int at = base + 4 + 8 * i;
      int platform = u16(data, at);
      int encoding = u16(data, at + 2);
      int sub = base + i32(data, at + 4);
      int format = u16(data, sub);
      boolean unicode = platform == 0 || platform == 3 && (encoding == 1 || encoding == 10);
      if (unicode && format == 12 && full < 0) {
        full = sub;
      } else if (unicode && format == 4 && bmp < 0) {
        bmp = sub;
      }
    }
    TreeMap<Integer, Integer> map = new TreeMap<>();
    if (full >= 0) {
      format12(data, full, numGlyphs, map);
    } else if (bmp >= 0) {
      format4(data, bmp, numGlyphs, map);
    } else {
      throw new IllegalArgumentException("the font has no Unicode character map");
    }
    int[] codes = new int[map.size()];
    int[] glyphs = new int[map.size()];
    int i = 0;
    for (var e : map.entrySet()) {
      codes[i] = e.getKey();
      glyphs[i++] = e.getValue();
    }
    return new int[][] {codes, glyphs};
  }

  private static void format12(byte[] data, int at, int numGlyphs, TreeMap<Integer, Integer> map) {
    int groups = i32(data, at + 12);
    for (int g = 0; g < groups; g++) {
      int p = at + 16 + 12 * g;
      int start = i32(data, p);
      int end = i32(data, p + 4);
      int glyph = i32(data, p + 8);
      for (long c = start; c <= end && c <= 0x10FFFF; c++) {
        put(map, (int) c, glyph + (int) (c - start), numGlyphs);
      }
    }
  }

  private static void format4(byte[] data, int at, int numGlyphs, TreeMap<Integer, Integer> map) {
    int segments = u16(data, at + 6) / 2;
    int ends = at + 14;
    int starts = ends + 2 * segments + 2;
    int deltas = starts + 2 * segments;
    int rangeOffsets = deltas + 2 * segments;
    for (int s = 0; s < segments; s++) {
      int end = u16(data, ends + 2 * s);
      int start = u16(data, starts + 2 * s);
      int delta = i16(data, deltas + 2 * s);
      int rangeAt = rangeOffsets + 2 * s;
      int rangeOffset = u16(data, rangeAt);
      for (int c = start; c <= end && c != 0xFFFF; c++) {
        int glyph;
        if (rangeOffset == 0) {
          glyph = (c + delta) & 0xFFFF;
        } else {
          int g = u16(data, rangeAt + rangeOffset + 2 * (c - start));
          glyph = g == 0 ? 0 : (g + delta) & 0xFFFF;
        }
        put(map, c, glyph, numGlyphs);
      }
    }
  }

  private static void put(TreeMap<Integer, Integer> map, int code, int glyph, int numGlyphs) {
    if (glyph > 0 && glyph < numGlyphs) {
      map.putIfAbsent(code, glyph);
    }
  }
}

package dev.tsuzuri.write.docx.internal.font;

import static dev.tsuzuri.write.docx.internal.font.SfntFont.i16;
import static dev.tsuzuri.write.docx.internal.font.SfntFont.i32;
import static dev.tsuzuri.write.docx.internal.font.SfntFont.u16;

import java.util.Arrays;


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
    Mappings map = new Mappings(numGlyphs);
    if (full >= 0) {
      format12(data, full, map);
    } else if (bmp >= 0) {
      format4(data, bmp, map);
    } else {
      throw new IllegalArgumentException("the font has no Unicode character map");
    }
    return map.sorted();
  }

  /** Code point and glyph pairs as read; the first mapping of a code point wins. */
  private static final class Mappings {
    private final int numGlyphs;
    /** Code point in the high half, reading order in the low: sorting keeps the first first. */
    private long[] keys = new long[1024];
    private int[] glyphs = new int[1024];
    private int size;

    Mappings(int numGlyphs) {
      this.numGlyphs = numGlyphs;
    }

    void put(int code, int glyph) {
      if (glyph <= 0 || glyph >= numGlyphs) {
        return;
      }
      if (size == keys.length) {
        keys = Arrays.copyOf(keys, size * 2);
        glyphs = Arrays.copyOf(glyphs, size * 2);
      }
      keys[size] = (long) code << 32 | size;
      glyphs[size] = glyph;
      size++;
    }

    int[][] sorted() {
      long[] sorted = Arrays.copyOf(keys, size);
      Arrays.sort(sorted);
      int[] codes = new int[size];
      int[] ids = new int[size];
      int n = 0;
      for (long key : sorted) {
        int code = (int) (key >>> 32);
        if (n == 0 || codes[n - 1] != code) {
          codes[n] = code;
          ids[n++] = glyphs[(int) key];
        }
      }
      return new int[][] {Arrays.copyOf(codes, n), Arrays.copyOf(ids, n)};
    }
  }

  private static void format12(byte[] data, int at, Mappings map) {
    int groups = i32(data, at + 12);
    for (int g = 0; g < groups; g++) {
      int p = at + 16 + 12 * g;
      int start = i32(data, p);
      int end = i32(data, p + 4);
      int glyph = i32(data, p + 8);
      for (long c = start; c <= end && c <= 0x10FFFF; c++) {
        map.put((int) c, glyph + (int) (c - start));
      }
    }
  }

  private static void format4(byte[] data, int at, Mappings map) {
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
        map.put(c, glyph);
      }
    }
  }
}

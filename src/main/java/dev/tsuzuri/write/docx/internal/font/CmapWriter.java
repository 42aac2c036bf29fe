package dev.tsuzuri.write.docx.internal.font;

import java.io.ByteArrayOutputStream;

/**
 * Writes the character map of a subset: a Windows BMP subtable (format 4) and, when characters
 * beyond the BMP are kept, a full-repertoire one (format 12).
 */
final class CmapWriter {
  private CmapWriter() {}

  /**
   * The {@code cmap} table.
   *
   * @param codes code points, ascending
   * @param glyphs their glyph ids
   * @throws IllegalArgumentException when the BMP subtable outgrows its 64 KB format
   */
  static byte[] write(int[] codes, int[] glyphs) {
    int bmp = 0;
    while (bmp < codes.length && codes[bmp] < 0xFFFF) {
      bmp++;
    }
    boolean supplementary = bmp < codes.length;
    byte[] format4 = format4(codes, glyphs, bmp);
    byte[] format12 = supplementary ? format12(codes, glyphs) : null;
    int subtables = supplementary ? 2 : 1;
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    short16(b, 0);
    short16(b, subtables);
    int offset = 4 + 8 * subtables;
    short16(b, 3);
    short16(b, 1);
    int32(b, offset);
    if (supplementary) {
      short16(b, 3);
      short16(b, 10);
      int32(b, offset + format4.length);
    }
    b.writeBytes(format4);
    if (supplementary) {
      b.writeBytes(format12);
    }
    return b.toByteArray();
  }

  /**
   * Segments of consecutive code points: by a delta when their glyph ids are consecutive too,
   * else through the glyph id array; then the closing 0xFFFF segment.
   */
  private static byte[] format4(int[] codes, int[] glyphs, int count) {
    ByteArrayOutputStream ends = new ByteArrayOutputStream();
    ByteArrayOutputStream starts = new ByteArrayOutputStream();
    java.util.List<int[]> segments = new java.util.ArrayList<>();
    int i = 0;
    while (i < count) {
      int j = i;
      while (j + 1 < count && codes[j + 1] == codes[j] + 1) {
        j++;
      }
      boolean consecutive = true;
      for (int k = i + 1; k <= j; k++) {
        consecutive &= glyphs[k] == glyphs[k - 1] + 1;
      }
      segments.add(new int[] {i, j, consecutive ? 1 : 0});
      i = j + 1;
    }
    int segCount = segments.size() + 1;
    ByteArrayOutputStream deltas = new ByteArrayOutputStream();
    ByteArrayOutputStream rangeOffsets = new ByteArrayOutputStream();
    ByteArrayOutputStream glyphArray = new ByteArrayOutputStream();
    for (int s = 0; s < segments.size(); s++) {
      int[] seg = segments.get(s);
      short16(ends, codes[seg[1]]);
      short16(starts, codes[seg[0]]);
      if (seg[2] == 1) {
        short16(deltas, glyphs[seg[0]] - codes[seg[0]]);
        short16(rangeOffsets, 0);
      } else {
        short16(deltas, 0);
        // from this idRangeOffset entry to the segment's first glyph id in the array
        short16(rangeOffsets, 2 * (segCount - s) + glyphArray.size());
        for (int k = seg[0]; k <= seg[1]; k++) {
          short16(glyphArray, glyphs[k]);
        }
      }
    }
    short16(ends, 0xFFFF);
    short16(starts, 0xFFFF);
    short16(deltas, 1);
    short16(rangeOffsets, 0);
    int length = 16 + 8 * segCount + glyphArray.size();
    if (length > 0xFFFF) {
      throw new IllegalArgumentException("too many characters for one font subset");
    }
    int power = Integer.highestOneBit(segCount);
    ByteArrayOutputStream b = new ByteArrayOutputStream(length);
    short16(b, 4);
    short16(b, length);
    short16(b, 0);
    short16(b, 2 * segCount);
    short16(b, 2 * power);
    short16(b, Integer.numberOfTrailingZeros(power));
    short16(b, 2 * segCount - 2 * power);
    b.writeBytes(ends.toByteArray());
    short16(b, 0);
    b.writeBytes(starts.toByteArray());
    b.writeBytes(deltas.toByteArray());
    b.writeBytes(rangeOffsets.toByteArray());
    b.writeBytes(glyphArray.toByteArray());
    return b.toByteArray();
  }

  /** Groups of consecutive code points with consecutive glyph ids. */
  private static byte[] format12(int[] codes, int[] glyphs) {
    ByteArrayOutputStream groups = new ByteArrayOutputStream();
    int count = 0;
    int i = 0;
    while (i < codes.length) {
      int j = i;
      while (j + 1 < codes.length && codes[j + 1] == codes[j] + 1
          && glyphs[j + 1] == glyphs[j] + 1) {
        j++;
      }
      int32(groups, codes[i]);
      int32(groups, codes[j]);
      int32(groups, glyphs[i]);
      count++;
      i = j + 1;
    }
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    short16(b, 12);
    short16(b, 0);
    int32(b, 16 + groups.size());
    int32(b, 0);
    int32(b, count);
    b.writeBytes(groups.toByteArray());
    return b.toByteArray();
  }

  private static void short16(ByteArrayOutputStream b, int v) {
    b.write(v >>> 8);
    b.write(v);
  }

  private static void int32(ByteArrayOutputStream b, int v) {
    short16(b, v >>> 16);
    short16(b, v);
  }
}

package dev.tsuzuri.write.docx.internal.font;

import dev.tsuzuri.font.internal.Sfnt;
import java.util.List;

/**
 * Writes a TrueType file from its tables: the directory, each table on a four-byte boundary with
 * its checksum, and the whole-font checksum adjustment in {@code head}.
 */
final class SfntWriter {
  private static final int CHECKSUM_MAGIC = 0xB1B0AFBA;

  private SfntWriter() {}

  /** The font file; {@code tags} are in ascending order and {@code head}'s adjustment is 0. */
  static byte[] write(List<String> tags, List<byte[]> tables) {
    int count = tags.size();
    int size = 12 + 16 * count;
    for (byte[] t : tables) {
      size += (t.length + 3) & ~3;
    }
    byte[] out = new byte[size];
    GlyphSubset.putInt(out, 0, 0x00010000);
    int power = Integer.highestOneBit(Math.max(1, count));
    putShort(out, 4, count);
    putShort(out, 6, power * 16);
    putShort(out, 8, Integer.numberOfTrailingZeros(power));
    putShort(out, 10, count * 16 - power * 16);
    int at = 12 + 16 * count;
    int headAt = -1;
    int sum = 0;
    for (int i = 0; i < count; i++) {
      byte[] t = tables.get(i);
      int entry = 12 + 16 * i;
      byte[] tag = tags.get(i).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
      System.arraycopy(tag, 0, out, entry, 4);
      int tableSum = Sfnt.checksum(t, 0, t.length);
      sum += tableSum;
      GlyphSubset.putInt(out, entry + 4, tableSum);
      GlyphSubset.putInt(out, entry + 8, at);
      GlyphSubset.putInt(out, entry + 12, t.length);
      System.arraycopy(t, 0, out, at, t.length);
      if (tags.get(i).equals("head")) {
        headAt = at;
      }
      at += (t.length + 3) & ~3;
    }
    if (headAt >= 0) {
      // tables start on four-byte boundaries and are padded with zeros, so the whole font's
      // sum is the directory's plus the tables'
      sum += Sfnt.checksum(out, 0, 12 + 16 * count);
      GlyphSubset.putInt(out, headAt + 8, CHECKSUM_MAGIC - sum);
    }
    return out;
  }

  static void putShort(byte[] b, int at, int v) {
    b[at] = (byte) (v >>> 8);
    b[at + 1] = (byte) v;
  }
}

package dev.tsuzuri.font.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Rules of the TrueType (sfnt) format that both the PDF font trimmer and the Word subsetter
 * follow: table checksums, and how long a composite glyph's component record is.
 */
public final class Sfnt {
  /** Composite glyph flag: another component record follows this one. */
  public static final int MORE_COMPONENTS = 0x0020;

  private static final VarHandle BIG_ENDIAN_INT =
      MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);

  private Sfnt() {}

  /** The sum of the big-endian 32-bit words, the last one padded with zeros. */
  public static int checksum(byte[] b, int from, int length) {
    int sum = 0;
    int end = from + length;
    int i = from;
    for (; i + 4 <= end; i += 4) {
      sum += (int) BIG_ENDIAN_INT.get(b, i);
    }
    int shift = 24;
    for (; i < end; i++, shift -= 8) {
      sum += (b[i] & 0xFF) << shift;
    }
    return sum;
  }

  /**
   * The length of a composite glyph's component record with these flags: flags and glyph index,
   * the arguments (words or bytes), then a scale, an x and y scale, or a two-by-two transform.
   */
  public static int componentLength(int flags) {
    int length = 4 + ((flags & 0x0001) != 0 ? 4 : 2);
    if ((flags & 0x0008) != 0) {
      length += 2;
    } else if ((flags & 0x0040) != 0) {
      length += 4;
    } else if ((flags & 0x0080) != 0) {
      length += 8;
    }
    return length;
  }
}

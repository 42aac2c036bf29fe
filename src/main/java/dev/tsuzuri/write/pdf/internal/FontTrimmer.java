package dev.tsuzuri.write.pdf.internal;

import dev.tsuzuri.font.internal.Sfnt;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Prepares a bundled TrueType font for embedding in PDFs, in memory, once per process.
 *
 * <ul>
 *   <li>Hinting goes: glyph instructions and the {@code fpgm}, {@code prep}, {@code cvt} tables
 *       (and device-metric tables that only serve them). PDF viewers rasterise without them, and
 *       they are about a fifth of every embedded subset.
 *   <li>{@code GSUB} goes: PDFBox applies its Latin ligatures when drawing ("fi" → ﬁ), but the
 *       ligature glyph has no Unicode mapping, so "Dockerfile" would extract as "Docker le" and
 *       the drawn width would differ from the measured one.
 * </ul>
 *
 * <p>Outlines, metrics and character maps are untouched. The font files on disk are not changed.
 */
public final class FontTrimmer {
  private static final Set<String> DROPPED =
      Set.of("GSUB", "fpgm", "prep", "cvt ", "hdmx", "VDMX", "LTSH", "DSIG");

  private FontTrimmer() {}

  /** The trimmed font; on any structural surprise the original bytes, unchanged. */
  public static byte[] trim(byte[] ttf) {
    try {
      return rebuild(ttf);
    } catch (RuntimeException e) {
      return ttf;
    }
  }

  private static byte[] rebuild(byte[] ttf) {
    ByteBuffer in = ByteBuffer.wrap(ttf);
    int numTables = in.getShort(4) & 0xffff;
    Map<String, byte[]> tables = new TreeMap<>();
    for (int i = 0; i < numTables; i++) {
      int rec = 12 + 16 * i;
      String tag = new String(ttf, rec, 4, StandardCharsets.ISO_8859_1);
      int offset = in.getInt(rec + 8);
      int length = in.getInt(rec + 12);
      byte[] data = new byte[length];
      System.arraycopy(ttf, offset, data, 0, length);
      tables.put(tag, data);
    }
    byte[] head = tables.get("head");
    byte[] maxp = tables.get("maxp");
    byte[] loca = tables.get("loca");
    byte[] glyf = tables.get("glyf");
    if (head == null || maxp == null || loca == null || glyf == null) {
      return ttf;
    }
    int numGlyphs = ByteBuffer.wrap(maxp).getShort(4) & 0xffff;
    boolean longLoca = ByteBuffer.wrap(head).getShort(50) == 1;
    ByteBuffer locaIn = ByteBuffer.wrap(loca);
    ByteArrayOutputStream newGlyf = new ByteArrayOutputStream(glyf.length);
    ByteBuffer newLoca = ByteBuffer.allocate(4 * (numGlyphs + 1));
    for (int g = 0; g < numGlyphs; g++) {
      int start = longLoca ? locaIn.getInt(4 * g) : (locaIn.getShort(2 * g) & 0xffff) * 2;
      int end = longLoca ? locaIn.getInt(4 * g + 4) : (locaIn.getShort(2 * g + 2) & 0xffff) * 2;
      newLoca.putInt(newGlyf.size());
      if (end > start) {
        byte[] stripped = withoutInstructions(glyf, start, end);
        newGlyf.write(stripped, 0, stripped.length);
        while (newGlyf.size() % 4 != 0) {
          newGlyf.write(0);
        }
      }
    }
    newLoca.putInt(newGlyf.size());
    byte[] newHead = head.clone();
    ByteBuffer.wrap(newHead).putShort(50, (short) 1);
    ByteBuffer.wrap(newHead).putInt(8, 0);
    tables.put("head", newHead);
    tables.put("loca", newLoca.array());
    tables.put("glyf", newGlyf.toByteArray());
    for (String d : DROPPED) {
      tables.remove(d);
    }
    return assemble(ttf, tables);
  }

  /** One glyph's bytes with its hinting instructions removed. */
  private static byte[] withoutInstructions(byte[] glyf, int start, int end) {
    ByteBuffer g = ByteBuffer.wrap(glyf, start, end - start).slice();
    int contours = g.getShort(0);
    if (contours >= 0) {
      int lengthAt = 10 + 2 * contours;
      int instructions = g.getShort(lengthAt) & 0xffff;
      int rest = end - start - (lengthAt + 2 + instructions);
      byte[] out = new byte[lengthAt + 2 + rest];
      System.arraycopy(glyf, start, out, 0, lengthAt);
      // instruction length stays 0 (the new array is zero-filled there)
      System.arraycopy(glyf, start + lengthAt + 2 + instructions, out, lengthAt + 2, rest);
      return out;
    }
    byte[] out = new byte[end - start];
    System.arraycopy(glyf, start, out, 0, out.length);
    ByteBuffer o = ByteBuffer.wrap(out);
    int pos = 10;
    while (true) {
      int flags = o.getShort(pos) & 0xffff;
      o.putShort(pos, (short) (flags & ~0x0100));
      pos += Sfnt.componentLength(flags);
      if ((flags & Sfnt.MORE_COMPONENTS) == 0) {
        break;
      }
    }
    byte[] trimmed = new byte[pos];
    System.arraycopy(out, 0, trimmed, 0, pos);
    return trimmed;
  }

  private static byte[] assemble(byte[] original, Map<String, byte[]> tables) {
    int n = tables.size();
    int entrySelector = 31 - Integer.numberOfLeadingZeros(n);
    int searchRange = (1 << entrySelector) * 16;
    int offset = 12 + 16 * n;
    int total = offset;
    for (byte[] t : tables.values()) {
      total += (t.length + 3) & ~3;
    }
    ByteBuffer out = ByteBuffer.allocate(total);
    out.putInt(0, ByteBuffer.wrap(original).getInt(0));
    out.putShort(4, (short) n);
    out.putShort(6, (short) searchRange);
    out.putShort(8, (short) entrySelector);
    out.putShort(10, (short) (n * 16 - searchRange));
    int rec = 12;
    for (Map.Entry<String, byte[]> t : tables.entrySet()) {
      byte[] data = t.getValue();
      out.put(rec, t.getKey().getBytes(StandardCharsets.ISO_8859_1));
      out.putInt(rec + 4, Sfnt.checksum(data, 0, data.length));
      out.putInt(rec + 8, offset);
      out.putInt(rec + 12, data.length);
      out.put(offset, data);
      offset += (data.length + 3) & ~3;
      rec += 16;
    }
    return out.array();
  }
}

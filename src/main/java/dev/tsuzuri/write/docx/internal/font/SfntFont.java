package dev.tsuzuri.write.docx.internal.font;

import dev.tsuzuri.font.BundledFont;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TrueType font read once per process into immutable arrays: its table directory, the glyph
 * offsets ({@code loca}), the Unicode character map and the metrics' layout. {@link GlyphSubset}
 * cuts documents' subsets from it without parsing anything again, so any number of threads can
 * share one.
 *
 * @param data the whole font file (never modified)
 * @param tables the tables by tag, in tag order
 * @param numGlyphs the glyph count from {@code maxp}
 * @param glyphStarts where each glyph starts in the file, plus one entry past the last glyph
 * @param codes the mapped code points, ascending
 * @param glyphs the glyph id of each of {@code codes}
 * @param horizontal the {@code hmtx} layout
 * @param vertical the {@code vmtx} layout, or null when the font has none
 */
public record SfntFont(byte[] data, Map<String, Table> tables, int numGlyphs, int[] glyphStarts,
    int[] codes, int[] glyphs, Metrics horizontal, Metrics vertical) {

  /** One entry of the table directory. */
  public record Table(String tag, int offset, int length) {}

  /**
   * The layout of a metrics table: {@code longMetrics} four-byte entries, then two-byte side
   * bearings for the remaining glyphs.
   */
  public record Metrics(Table table, int longMetrics) {}

  private static final Map<BundledFont, SfntFont> PARSED = new ConcurrentHashMap<>();

  /** The bundled font, parsed at its first use in the process. */
  public static SfntFont of(BundledFont font) {
    return PARSED.computeIfAbsent(font, f -> parse(f.bytes()));
  }

  /**
   * Reads a TrueType (glyf-outline) font.
   *
   * @throws IllegalArgumentException when it is not one this class can subset
   */
  public static SfntFont parse(byte[] data) {
    try {
      return read(data);
    } catch (IndexOutOfBoundsException e) {
      throw new IllegalArgumentException("truncated TrueType font", e);
    }
  }

  private static SfntFont read(byte[] data) {
    int version = i32(data, 0);
    if (version != 0x00010000 && version != 0x74727565) {
      throw new IllegalArgumentException("not a TrueType font");
    }
    int count = u16(data, 4);
    Map<String, Table> tables = new TreeMap<>();
    for (int i = 0; i < count; i++) {
      int at = 12 + 16 * i;
      String tag = new String(data, at, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
      int offset = i32(data, at + 8);
      int length = i32(data, at + 12);
      if (offset < 0 || length < 0 || (long) offset + length > data.length) {
        throw new IllegalArgumentException("table " + tag + " lies outside the font");
      }
      tables.put(tag, new Table(tag, offset, length));
    }
    for (String needed : new String[] {"head", "hhea", "maxp", "loca", "glyf", "hmtx", "cmap"}) {
      if (!tables.containsKey(needed)) {
        throw new IllegalArgumentException("the font has no " + needed + " table");
      }
    }
    int numGlyphs = u16(data, tables.get("maxp").offset() + 4);
    boolean longOffsets = u16(data, tables.get("head").offset() + 50) == 1;
    int loca = tables.get("loca").offset();
    int glyf = tables.get("glyf").offset();
    int[] starts = new int[numGlyphs + 1];
    for (int g = 0; g <= numGlyphs; g++) {
      int rel = longOffsets ? i32(data, loca + 4 * g) : 2 * u16(data, loca + 2 * g);
      starts[g] = glyf + rel;
    }
    Metrics horizontal = new Metrics(tables.get("hmtx"),
        u16(data, tables.get("hhea").offset() + 34));
    Metrics vertical = tables.containsKey("vmtx") && tables.containsKey("vhea")
        ? new Metrics(tables.get("vmtx"), u16(data, tables.get("vhea").offset() + 34)) : null;
    int[][] cmap = CmapReader.read(data, tables.get("cmap"), numGlyphs);
    return new SfntFont(data, Map.copyOf(tables), numGlyphs, starts, cmap[0], cmap[1],
        horizontal, vertical);
  }

  /** The glyph shown for a code point; 0 (the missing glyph) when the font has none. */
  public int glyph(int codePoint) {
    int i = Arrays.binarySearch(codes, codePoint);
    return i < 0 ? 0 : glyphs[i];
  }

  /** The table with this tag, in tag order as the directory wants it. */
  Iterable<Table> tablesInOrder() {
    return new TreeMap<>(tables).values();
  }

  static int u16(byte[] b, int at) {
    return (b[at] & 0xFF) << 8 | b[at + 1] & 0xFF;
  }

  static int i16(byte[] b, int at) {
    return (short) u16(b, at);
  }

  static int i32(byte[] b, int at) {
    return (b[at] & 0xFF) << 24 | (b[at + 1] & 0xFF) << 16 | (b[at + 2] & 0xFF) << 8
        | b[at + 3] & 0xFF;
  }
}

package dev.tsuzuri.write.docx.internal.font;

import dev.tsuzuri.font.internal.Sfnt;
import static dev.tsuzuri.write.docx.internal.font.SfntFont.i16;
import static dev.tsuzuri.write.docx.internal.font.SfntFont.u16;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Cuts a font down to the glyphs of some characters while keeping every glyph id: the glyphs not
 * needed become empty and their metrics zero, and the character map lists only the kept
 * characters. Tables that refer to glyph ids ({@code GSUB}, {@code vmtx}) stay valid untouched,
 * the long runs of equal offsets and zero metrics compress to almost nothing, and no table has
 * to be renumbered — so a subset costs little more than copying the kept glyphs.
 *
 * <p>Glyph substitution tables ({@code GSUB}, and AAT's {@code morx}/{@code mort}) are left out:
 * they would swap kept glyphs for dropped ones (LibreOffice turns "fi" into the empty ligature
 * glyph), and following every lookup to keep its targets is not worth it for horizontal text.
 */
public final class GlyphSubset {

  /** Tables that map glyphs to other glyphs, which the subset may not have. */
  private static final java.util.Set<String> SUBSTITUTIONS = java.util.Set.of("GSUB", "morx",
      "mort");

  private static final java.lang.invoke.VarHandle BIG_ENDIAN_INT =
      java.lang.invoke.MethodHandles.byteArrayViewVarHandle(int[].class,
          java.nio.ByteOrder.BIG_ENDIAN);

  private GlyphSubset() {}

  /**
   * The font file with only the glyphs these characters need (and the components of composite
   * glyphs, and the missing glyph).
   *
   * @throws IllegalArgumentException when the subset's character map does not fit its format
   */
  public static byte[] of(SfntFont font, Collection<Integer> chars) {
    boolean[] keep = new boolean[font.numGlyphs()];
    keep[0] = true;
    int[] codes = chars.stream().mapToInt(Integer::intValue).sorted().distinct().toArray();
    int[] glyphs = new int[codes.length];
    int mapped = 0;
    for (int code : codes) {
      int g = font.glyph(code);
      if (g > 0) {
        codes[mapped] = code;
        glyphs[mapped++] = g;
        keep[g] = true;
      }
    }
    addComponents(font, keep);
    List<byte[]> out = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    byte[] glyf = glyf(font, keep);
    for (SfntFont.Table t : font.tablesInOrder()) {
      if (SUBSTITUTIONS.contains(t.tag())) {
        continue;
      }
      tags.add(t.tag());
      out.add(switch (t.tag()) {
        case "glyf" -> glyf;
        case "loca" -> loca(font, keep);
        case "hmtx" -> metrics(font, font.horizontal(), keep);
        case "vmtx" -> font.vertical() == null ? copy(font, t) : metrics(font, font.vertical(),
            keep);
        case "cmap" -> CmapWriter.write(Arrays.copyOf(codes, mapped),
            Arrays.copyOf(glyphs, mapped));
        case "head" -> head(font, t);
        default -> copy(font, t);
      });
    }
    return SfntWriter.write(tags, out);
  }

  /** Marks the glyphs that kept composite glyphs are made of, to any depth. */
  private static void addComponents(SfntFont font, boolean[] keep) {
    byte[] d = font.data();
    int[] starts = font.glyphStarts();
    int[] stack = new int[keep.length];
    int top = 0;
    for (int g = 0; g < keep.length; g++) {
      if (keep[g]) {
        stack[top++] = g;
      }
    }
    while (top > 0) {
      int g = stack[--top];
      int at = starts[g];
      if (starts[g + 1] - at < 10 || i16(d, at) >= 0) {
        continue;
      }
      int p = at + 10;
      int flags;
      do {
        flags = u16(d, p);
        int component = u16(d, p + 2);
        if (component < keep.length && !keep[component]) {
          keep[component] = true;
          stack[top++] = component;
        }
        p += Sfnt.componentLength(flags);
      } while ((flags & Sfnt.MORE_COMPONENTS) != 0 && p + 4 <= starts[g + 1]);
    }
  }

  private static byte[] glyf(SfntFont font, boolean[] keep) {
    int[] starts = font.glyphStarts();
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    for (int g = 0; g < keep.length; g++) {
      int length = starts[g + 1] - starts[g];
      if (keep[g] && length > 0) {
        b.write(font.data(), starts[g], length);
        for (int pad = length; pad % 4 != 0; pad++) {
          b.write(0);
        }
      }
    }
    return b.toByteArray();
  }

  /** Long offsets, with each dropped glyph empty (its start equal to the next one's). */
  private static byte[] loca(SfntFont font, boolean[] keep) {
    int[] starts = font.glyphStarts();
    byte[] loca = new byte[4 * (keep.length + 1)];
    int offset = 0;
    for (int g = 0; g <= keep.length; g++) {
      putInt(loca, 4 * g, offset);
      if (g < keep.length && keep[g]) {
        offset += (starts[g + 1] - starts[g] + 3) & ~3;
      }
    }
    return loca;
  }

  /**
   * The metrics with the dropped glyphs' entries zero. Glyphs past the long entries take their
   * advance from the last long entry, so that one stays whenever any of them is kept.
   */
  private static byte[] metrics(SfntFont font, SfntFont.Metrics m, boolean[] keep) {
    byte[] original = font.data();
    int base = m.table().offset();
    int length = m.table().length();
    int longs = Math.min(m.longMetrics(), keep.length);
    byte[] table = new byte[length];
    boolean keptBeyond = false;
    for (int g = longs; g < keep.length && !keptBeyond; g++) {
      keptBeyond = keep[g];
    }
    for (int g = 0; g < keep.length; g++) {
      boolean needed = keep[g] || keptBeyond && g == longs - 1;
      if (!needed) {
        continue;
      }
      int at = g < longs ? 4 * g : 4 * longs + 2 * (g - longs);
      int size = g < longs ? 4 : 2;
      if (at + size <= length) {
        System.arraycopy(original, base + at, table, at, size);
      }
    }
    // anything after the per-glyph entries is copied as it was
    int entries = 4 * longs + 2 * (keep.length - longs);
    if (entries < length) {
      System.arraycopy(original, base + entries, table, entries, length - entries);
    }
    return table;
  }

  /** The header with long glyph offsets and the whole-font checksum to be filled in. */
  private static byte[] head(SfntFont font, SfntFont.Table t) {
    byte[] head = copy(font, t);
    putInt(head, 8, 0);
    head[50] = 0;
    head[51] = 1;
    return head;
  }

  private static byte[] copy(SfntFont font, SfntFont.Table t) {
    return Arrays.copyOfRange(font.data(), t.offset(), t.offset() + t.length());
  }

  static void putInt(byte[] b, int at, int v) {
    BIG_ENDIAN_INT.set(b, at, v);
  }
}

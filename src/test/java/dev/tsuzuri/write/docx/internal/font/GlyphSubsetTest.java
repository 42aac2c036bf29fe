package dev.tsuzuri.write.docx.internal.font;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tsuzuri.font.BundledFont;
import java.awt.geom.PathIterator;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

/** Subsets read back with fontbox: same glyph ids, outlines and widths; the rest dropped. */
class GlyphSubsetTest {
  @Test
  void keptCharactersKeepTheirGlyphsAndOthersAreGone() throws Exception {
    String text = "勉強会のメモ ABC abc 123 「」、。ー";
    for (BundledFont face : List.of(BundledFont.GOTHIC, BundledFont.GOTHIC_BOLD,
        BundledFont.MONO)) {
      TrueTypeFont original = parse(face.bytes());
      byte[] bytes = GlyphSubset.of(SfntFont.of(face),
          text.codePoints().boxed().collect(Collectors.toSet()));
      TrueTypeFont subset = parse(bytes);
      assertEquals(original.getNumberOfGlyphs(), subset.getNumberOfGlyphs());
      assertTrue(bytes.length < face.bytes().length / 4, face + ": " + bytes.length);
      var before = original.getUnicodeCmapLookup();
      var after = subset.getUnicodeCmapLookup();
      for (int cp : text.codePoints().filter(c -> c != ' ').toArray()) {
        int gid = before.getGlyphId(cp);
        assertTrue(gid > 0, face + " lacks " + Character.toString(cp));
        assertEquals(gid, after.getGlyphId(cp), Character.toString(cp));
        assertEquals(outline(original.getGlyph().getGlyph(gid)),
            outline(subset.getGlyph().getGlyph(gid)), Character.toString(cp));
        assertEquals(original.getAdvanceWidth(gid), subset.getAdvanceWidth(gid));
      }
      assertEquals(0, after.getGlyphId('鬱'), "a character not asked for is not mapped");
      int dropped = before.getGlyphId('鬱');
      GlyphData empty = subset.getGlyph().getGlyph(dropped);
      assertTrue(empty == null || empty.getPath().getBounds2D().isEmpty(), "dropped glyph");
      assertEquals(0, subset.getAdvanceWidth(dropped));
      assertTrue(subset.getGsub() == null, "no substitutions that would reach dropped glyphs");
      assertEquals(0xB1B0AFBA, dev.tsuzuri.font.internal.Sfnt.checksum(bytes, 0, bytes.length),
          "the whole-font checksum adjustment in head is right");
    }
  }

  @Test
  void charactersBeyondTheBmpGetAFullRepertoireMap() throws Exception {
    SfntFont emoji = SfntFont.of(BundledFont.EMOJI);
    int smile = 0x1F600;
    int gid = emoji.glyph(smile);
    assertTrue(gid > 0);
    TrueTypeFont subset = parse(GlyphSubset.of(emoji, List.of(smile, (int) '#')));
    assertEquals(gid, subset.getUnicodeCmapLookup().getGlyphId(smile));
    assertEquals(emoji.glyph('#'), subset.getUnicodeCmapLookup().getGlyphId('#'));
    assertEquals(0, subset.getUnicodeCmapLookup().getGlyphId(0x1F601));
  }

  @Test
  void glyphsPastTheLongMetricsKeepTheSharedAdvance() throws Exception {
    SfntFont emoji = SfntFont.of(BundledFont.EMOJI);
    int longs = emoji.horizontal().longMetrics();
    assertTrue(longs < emoji.numGlyphs(), "Noto Emoji shares its last advance");
    int code = -1;
    for (int i = 0; i < emoji.codes().length && code < 0; i++) {
      if (emoji.glyphs()[i] >= longs) {
        code = emoji.codes()[i];
      }
    }
    assertTrue(code > 0, "some character maps past the long metrics");
    TrueTypeFont original = parse(BundledFont.EMOJI.bytes());
    TrueTypeFont subset = parse(GlyphSubset.of(emoji, List.of(code)));
    int gid = emoji.glyph(code);
    assertTrue(original.getAdvanceWidth(gid) > 0);
    assertEquals(original.getAdvanceWidth(gid), subset.getAdvanceWidth(gid));
  }

  @Test
  void aCompositeGlyphBringsItsComponents() {
    SfntFont font = SfntFont.of(BundledFont.GOTHIC);
    int composite = -1;
    for (int g = 1; g < font.numGlyphs() && composite < 0; g++) {
      int at = font.glyphStarts()[g];
      if (font.glyphStarts()[g + 1] - at >= 10 && SfntFont.i16(font.data(), at) < 0) {
        composite = g;
      }
    }
    if (composite < 0) {
      return; // a font without composite glyphs has nothing to show here
    }
    int component = SfntFont.u16(font.data(), font.glyphStarts()[composite] + 12);
    int code = -1;
    for (int i = 0; i < font.codes().length && code < 0; i++) {
      if (font.glyphs()[i] == composite) {
        code = font.codes()[i];
      }
    }
    if (code < 0) {
      return;
    }
    SfntFont subset = SfntFont.parse(GlyphSubset.of(font, List.of(code)));
    int[] starts = subset.glyphStarts();
    assertTrue(starts[component + 1] > starts[component], "component " + component + " kept");
    assertTrue(starts[composite + 1] > starts[composite]);
  }

  private static TrueTypeFont parse(byte[] bytes) throws Exception {
    return new TTFParser().parse(new RandomAccessReadBuffer(bytes));
  }

  private static String outline(GlyphData glyph) {
    StringBuilder b = new StringBuilder();
    double[] c = new double[6];
    for (PathIterator it = glyph.getPath().getPathIterator(null); !it.isDone(); it.next()) {
      b.append(it.currentSegment(c)).append(Arrays.toString(c));
    }
    return b.toString();
  }
}

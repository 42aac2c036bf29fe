package dev.tsuzuri.write.png.internal;

import dev.tsuzuri.write.pptx.DeckSplit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tsuzuri.diag.WarningSink;
import dev.tsuzuri.outline.Document;
import dev.tsuzuri.slide.MiniMarkdown;
import dev.tsuzuri.write.MemoryOutputs;
import dev.tsuzuri.write.Resources;
import dev.tsuzuri.write.WriteContext;
import dev.tsuzuri.write.WriteOptions;
import dev.tsuzuri.write.Writers;
import dev.tsuzuri.write.pptx.PptxOptions;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PngWriterTest {
  private static final String NOTE = """
      ---
      title: "プレビューの確認"
      ---
      ## 第一部

      - 項目その一
      - 項目その二

      ## 第二部

      - 親
          - 子
      """;

  private static MemoryOutputs write(PptxOptions options) throws Exception {
    Document doc = MiniMarkdown.parse(NOTE, "ja");
    WarningSink w = WarningSink.collecting("note.md");
    MemoryOutputs out = new MemoryOutputs();
    Writers.forFormat("png").create().write(doc, new WriteContext("note", out,
        Resources.none(w), WriteOptions.defaults().with(options), w));
    return out;
  }

  @Test
  void writesAThumbnailPerSlideAndAContactSheet() throws Exception {
    Map<String, byte[]> files = write(PptxOptions.defaults()).all();
    // title, section, content, section, content
    assertEquals(List.of("note/slide-01.png", "note/slide-02.png", "note/slide-03.png",
        "note/slide-04.png", "note/slide-05.png", "note-contact.png"),
        List.copyOf(files.keySet()));
    BufferedImage slide = ImageIO.read(new ByteArrayInputStream(files.get("note/slide-03.png")));
    assertEquals(PngWriter.SLIDE_WIDTH, slide.getWidth());
    assertEquals(540, slide.getHeight());
    assertTrue(darkPixels(slide, 0, 0, slide.getWidth(), slide.getHeight() / 5) > 200,
        "the title is drawn");
    assertTrue(darkPixels(slide, 0, slide.getHeight() / 5, slide.getWidth(),
        slide.getHeight() / 2) > 200, "the bullets are drawn");
    BufferedImage sheet = ImageIO.read(new ByteArrayInputStream(files.get("note-contact.png")));
    assertTrue(sheet.getWidth() > 4 * PngWriter.SHEET_CELL);
    assertTrue(sheet.getHeight() > 2 * 180, "two rows of slides: " + sheet.getHeight());
  }

  @Test
  void perSessionDecksGetTheirOwnPreviews() throws Exception {
    Map<String, byte[]> files = write(PptxOptions.builder().decks(DeckSplit.SESSION).build()).all();
    assertTrue(files.containsKey("note/01-第一部-contact.png"), files.keySet().toString());
    assertTrue(files.containsKey("note/02-第二部/slide-02.png"), files.keySet().toString());
  }

  private static int darkPixels(BufferedImage img, int x0, int y0, int x1, int y1) {
    int n = 0;
    for (int y = y0; y < y1; y++) {
      for (int x = x0; x < x1; x++) {
        int rgb = img.getRGB(x, y);
        int lum = ((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF);
        if (lum < 300) {
          n++;
        }
      }
    }
    return n;
  }
}

package dev.tsuzuri.write.pptx.internal;

import dev.tsuzuri.write.pptx.PptxOptions;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tsuzuri.outline.Document;
import dev.tsuzuri.slide.MiniMarkdown;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The package the PowerPoint writer assembles by hand, read back part by part and by POI. */
class DeckPackageTest {
  private static final PptxOptions DEFAULTS = PptxOptions.defaults();
  private static final Set<String> REWRITTEN = Set.of("[Content_Types].xml",
      "ppt/presentation.xml", "ppt/_rels/presentation.xml.rels", "docProps/core.xml");

  @TempDir
  Path dir;

  @Test
  void theTemplatesOtherPartsAreCopiedAsTheyAre() throws IOException {
    Map<String, byte[]> template = unzip(Templates.bundled());
    Map<String, byte[]> deck = unzip(Decks.write(PptxWriterTest.note(), DEFAULTS, null)
        .files().get("note.pptx"));
    for (Map.Entry<String, byte[]> part : template.entrySet()) {
      assertNotNull(deck.get(part.getKey()), part.getKey());
      if (!REWRITTEN.contains(part.getKey())) {
        assertArrayEquals(part.getValue(), deck.get(part.getKey()), part.getKey());
      }
    }
  }

  @Test
  void slidesAreListedInOrderOnTheirLayoutsWithDistinctShapeIds() throws IOException {
    try (XMLSlideShow ppt = Decks.write(PptxWriterTest.note(), DEFAULTS, null)
        .open("note.pptx")) {
      List<XSLFSlide> slides = ppt.getSlides();
      assertTrue(slides.size() > 3);
      assertEquals("Title Slide", slides.get(0).getSlideLayout().getName());
      for (XSLFSlide s : slides) {
        assertNotNull(s.getSlideLayout());
        Set<Integer> ids = new HashSet<>();
        for (XSLFShape sh : s.getShapes()) {
          assertTrue(ids.add(sh.getShapeId()), "slide " + s.getSlideNumber() + " repeats id "
              + sh.getShapeId());
        }
      }
      assertEquals("秋の勉強会メモ", ppt.getProperties().getCoreProperties().getTitle());
      assertEquals("tsuzuri", ppt.getProperties().getCoreProperties().getCreator());
    }
  }

  @Test
  void aUserTemplatesDocumentPropertiesAreKept() throws Exception {
    Path template = dir.resolve("corp.pptx");
    try (XMLSlideShow ppt = new XMLSlideShow()) {
      ppt.getProperties().getCoreProperties().setDescription("社外秘");
      ppt.getProperties().getCoreProperties().setTitle("社内テンプレート");
      try (OutputStream out = Files.newOutputStream(template)) {
        ppt.write(out);
      }
    }
    Decks.Written w = Decks.write(PptxWriterTest.note(),
        PptxOptions.builder().template(template).build(), null);
    try (XMLSlideShow ppt = w.open("note.pptx")) {
      var core = ppt.getProperties().getCoreProperties();
      assertEquals("社外秘", core.getDescription());
      assertEquals("秋の勉強会メモ", core.getTitle());
      assertEquals("tsuzuri", core.getCreator());
      assertTrue(ppt.getSlides().size() > 3);
    }
  }

  @Test
  void documentsWrittenAtOnceGetTheDecksTheyGetOneAtATime() throws Exception {
    List<Document> docs = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      docs.add(MiniMarkdown.parse("---\ntitle: \"並行 " + i + "\"\n---\n## 節 " + i + "\n\n"
          + ("- 項目 " + i + " の説明をここに書く。長めの文で折り返しを起こす。\n").repeat(5 + 4 * i)
          + "\n| 列A | 列B |\n|---|---|\n| " + "値".repeat(i + 1) + " | b |\n", "ja"));
    }
    List<byte[]> alone = new ArrayList<>();
    for (Document d : docs) {
      alone.add(Decks.write(d, DEFAULTS, null).files().get("note.pptx"));
    }
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      List<Future<byte[]>> together = new ArrayList<>();
      for (int round = 0; round < 2; round++) {
        for (Document d : docs) {
          together.add(pool.submit(() -> Decks.write(d, DEFAULTS, null).files()
              .get("note.pptx")));
        }
      }
      for (int i = 0; i < together.size(); i++) {
        assertArrayEquals(alone.get(i % docs.size()), together.get(i).get(), "document "
            + i % docs.size());
      }
    } finally {
      pool.shutdown();
    }
  }

  private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
    Map<String, byte[]> out = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        out.put(e.getName(), in.readAllBytes());
      }
    }
    return out;
  }
}

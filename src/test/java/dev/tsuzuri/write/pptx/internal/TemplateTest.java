package dev.tsuzuri.write.pptx.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tsuzuri.diag.TsuzuriException;
import dev.tsuzuri.write.pptx.PptxOptions;
import dev.tsuzuri.diag.Warning;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFSlideLayout;
import org.apache.poi.xslf.usermodel.XSLFSlideMaster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Node;

class TemplateTest {
  @TempDir
  Path dir;

  /** POI's own default deck, its layouts renamed and their order reversed, as a company's. */
  private Path corporate(Map<String, String> renames) throws Exception {
    try (XMLSlideShow ppt = new XMLSlideShow()) {
      XSLFSlideMaster master = ppt.getSlideMasters().get(0);
      for (XSLFSlideLayout l : master.getSlideLayouts()) {
        String to = renames.get(l.getName());
        if (to != null) {
          l.getXmlObject().getCSld().setName(to);
        }
      }
      Node ids = layoutIds(master);
      List<Node> entries = new ArrayList<>();
      for (Node c = ids.getFirstChild(); c != null; c = c.getNextSibling()) {
        entries.add(c);
      }
      java.util.Collections.reverse(entries);
      for (Node e : entries) {
        ids.appendChild(e);
      }
      ppt.createSlide(master.getSlideLayouts()[0]); // a leftover sample slide
      Path file = dir.resolve("corp.pptx");
      try (OutputStream out = Files.newOutputStream(file)) {
        ppt.write(out);
      }
      return file;
    }
  }

  private static Decks.Written write(Path template) throws Exception {
    return Decks.write(PptxWriterTest.note(),
        PptxOptions.builder().template(template).build(), null);
  }

  @Test
  void japaneseLayoutNamesAreFoundInAnyOrder() throws Exception {
    Path t = corporate(Map.of("Title Slide", "タイトル スライド", "Title and Content",
        "タイトルとコンテンツ", "Section Header", "セクション見出し", "Title Only", "タイトルのみ"));
    Decks.Written w = write(t);
    assertEquals(List.of(), w.warnings().warnings());
    try (XMLSlideShow ppt = w.open("note.pptx")) {
      assertEquals("タイトル スライド", ppt.getSlides().get(0).getSlideLayout().getName());
      assertEquals("セクション見出し", ppt.getSlides().get(1).getSlideLayout().getName());
      assertEquals("タイトルとコンテンツ", ppt.getSlides().get(2).getSlideLayout().getName());
      assertEquals("秋の勉強会メモ", Layouts.title(ppt.getSlides().get(0)).getText());
    }
  }

  @Test
  void renamedLayoutsAreFoundByTypeAndTheUserIsTold() throws Exception {
    Path t = corporate(Map.of("Title Slide", "Corp Cover", "Title and Content", "Corp Body",
        "Section Header", "Corp Divider", "Title Only", "Corp Heading"));
    Decks.Written w = write(t);
    try (XMLSlideShow ppt = w.open("note.pptx")) {
      List<XSLFSlide> slides = ppt.getSlides();
      assertEquals("Corp Cover", slides.get(0).getSlideLayout().getName());
      assertEquals("Corp Divider", slides.get(1).getSlideLayout().getName());
      assertEquals("Corp Body", slides.get(2).getSlideLayout().getName());
      assertEquals("可用性", Layouts.title(slides.get(2)).getText());
    }
    String all = w.warnings().warnings().toString();
    assertTrue(all.contains("no layout named \"Title and Content\"; using \"Corp Body\""), all);
  }

  @Test
  void aTemplateWithoutASectionLayoutFallsBackWithAWarning() throws Exception {
    Path t = corporate(Map.of());
    Path cut = dir.resolve("cut.pptx");
    try (XMLSlideShow ppt = new XMLSlideShow(Files.newInputStream(t))) {
      removeLayout(ppt, "Section Header");
      try (OutputStream out = Files.newOutputStream(cut)) {
        ppt.write(out);
      }
    }
    Decks.Written w = write(cut);
    List<String> messages = w.warnings().warnings().stream().map(Warning::message).toList();
    assertTrue(messages.stream().anyMatch(m -> m.contains("no layout named \"Section Header\"")),
        messages.toString());
    try (XMLSlideShow ppt = w.open("note.pptx")) {
      assertEquals("クラウド設計入門", Layouts.title(ppt.getSlides().get(1)).getText());
    }
  }

  @Test
  void aTemplateWithoutAnyBodyLayoutIsRefusedClearly() throws Exception {
    Path t = corporate(Map.of());
    Path cut = dir.resolve("nobody.pptx");
    try (XMLSlideShow ppt = new XMLSlideShow(Files.newInputStream(t))) {
      for (XSLFSlideLayout l : ppt.getSlideMasters().get(0).getSlideLayouts()) {
        removeLayout(ppt, l.getName());
      }
      try (OutputStream out = Files.newOutputStream(cut)) {
        ppt.write(out);
      }
    }
    TsuzuriException e = assertThrows(TsuzuriException.class, () -> write(cut));
    assertTrue(e.getMessage().contains("no layout with a title and a body placeholder"),
        e.getMessage());
    assertEquals(cut.toString(), e.source());
  }

  @Test
  void aDamagedTemplateIsRefusedClearly() throws Exception {
    Path junk = dir.resolve("junk.pptx");
    Files.writeString(junk, "this is not a zip file at all");
    TsuzuriException e = assertThrows(TsuzuriException.class, () -> write(junk));
    assertTrue(e.getMessage().contains("not a PowerPoint file"), e.getMessage());
    Path truncated = dir.resolve("truncated.pptx");
    byte[] good = Files.readAllBytes(corporate(Map.of()));
    Files.write(truncated, java.util.Arrays.copyOf(good, good.length / 2));
    assertThrows(TsuzuriException.class, () -> write(truncated));
    assertThrows(TsuzuriException.class, () -> write(dir.resolve("missing.pptx")));
  }

  @Test
  void aZipBombTemplateIsRefused() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("ppt/presentation.xml"));
      byte[] zeros = new byte[1024 * 1024];
      for (int i = 0; i < 40; i++) {
        zip.write(zeros);
      }
      zip.closeEntry();
    }
    Path bomb = dir.resolve("bomb.pptx");
    Files.write(bomb, bytes.toByteArray());
    TsuzuriException e = assertThrows(TsuzuriException.class, () -> write(bomb));
    assertTrue(e.getMessage().contains("zip bomb"), e.getMessage());
  }

  @Test
  void theBundledTemplateHasTheNamedLayouts() throws Exception {
    try (XMLSlideShow ppt = new XMLSlideShow(new ByteArrayInputStream(Templates.bundled()))) {
      List<String> names = new ArrayList<>();
      for (XSLFSlideLayout l : ppt.getSlideMasters().get(0).getSlideLayouts()) {
        names.add(l.getName());
      }
      java.util.Collections.sort(names);
      assertEquals(List.of("Blank", "Section Header", "Title Only", "Title Slide",
          "Title and Content", "Two Content"), names);
      assertEquals(0, Layouts.find(ppt, "bundled").problems().size());
      assertEquals(720.0, ppt.getPageSize().getWidth());
      assertEquals(405.0, ppt.getPageSize().getHeight());
    }
  }

  private static Node layoutIds(XSLFSlideMaster master) {
    Node root = master.getXmlObject().getDomNode();
    for (Node c = root.getFirstChild(); c != null; c = c.getNextSibling()) {
      if ("sldLayoutIdLst".equals(c.getLocalName())) {
        return c;
      }
    }
    throw new AssertionError("master has no layout list");
  }

  /** Makes a layout unrecognisable: another name, a custom type, no body placeholders. */
  private static void removeLayout(XMLSlideShow ppt, String name) {
    for (XSLFSlideLayout l : ppt.getSlideMasters().get(0).getSlideLayouts()) {
      if (name.equals(l.getName())) {
        l.getXmlObject().getCSld().setName("Quote " + name.hashCode());
        l.getXmlObject().setType(org.openxmlformats.schemas.presentationml.x2006.main
            .STSlideLayoutType.CUST);
        for (org.apache.poi.xslf.usermodel.XSLFTextShape t : l.getPlaceholders()) {
          org.apache.poi.sl.usermodel.Placeholder p = t.getPlaceholder();
          if (p == org.apache.poi.sl.usermodel.Placeholder.BODY
              || p == org.apache.poi.sl.usermodel.Placeholder.CONTENT
              || p == org.apache.poi.sl.usermodel.Placeholder.SUBTITLE) {
            l.removeShape(t);
          }
        }
      }
    }
  }
}

package dev.tsuzuri.write.pdf;

import dev.tsuzuri.write.InvalidOptionException;
import dev.tsuzuri.write.BodyFont;
import dev.tsuzuri.write.pdf.internal.PdfWriter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tsuzuri.diag.TsuzuriException;
import dev.tsuzuri.diag.WarningSink;
import dev.tsuzuri.outline.Document;
import dev.tsuzuri.outline.ListBlock;
import dev.tsuzuri.outline.ListItem;
import dev.tsuzuri.outline.Paragraph;
import dev.tsuzuri.write.pdf.internal.FontLibrary;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.Test;

class PdfWriterTest {
  private static final byte[] SEMINAR = Render.pdf(SeminarNote.build());

  @Test
  void everyFontIsAnEmbeddedSubsetOfABundledTrueTypeFont() throws IOException {
    try (PDDocument doc = PdfReadBack.open(SEMINAR)) {
      List<PDFont> fonts = PdfReadBack.fonts(doc);
      assertFalse(fonts.isEmpty());
      for (PDFont f : fonts) {
        assertFalse(f instanceof PDType3Font, f.getName());
        assertTrue(f instanceof PDType0Font, "not a CID font: " + f.getName());
        PDType0Font t0 = (PDType0Font) f;
        assertTrue(t0.isEmbedded(), f.getName());
        assertNotNull(t0.getDescendantFont().getFontDescriptor().getFontFile2(), f.getName());
        assertTrue(f.getName().matches("[A-Z]{6}\\+BIZUD.*"), "not a subset: " + f.getName());
      }
      assertTrue(fonts.stream().anyMatch(f -> f.getName().endsWith("BIZUDPGothic-Bold")),
          "real bold face used");
      assertTrue(fonts.stream().anyMatch(f -> f.getName().endsWith("BIZUDGothic-Regular")),
          "monospace face used for code");
    }
  }

  @Test
  void headingsAndListItemsExtractExactly() {
    String flat = PdfReadBack.flat(SEMINAR);
    for (String h : SeminarNote.HEADINGS) {
      assertTrue(flat.contains(h.replaceAll("\\s+", "")), "heading missing: " + h);
    }
    for (String item : List.of("サーバーレスとは何か", "五段目：ログのトレーサビリティをどう確保するか",
        "イベントとデータは同じ方向に流す（非同期処理が自然になる）", "テストはどうするのか？",
        "資料をダウンロードする", "サンプルコードを試す")) {
      assertTrue(flat.contains(item), "item missing: " + item);
    }
  }

  @Test
  void bookmarksFollowTheHeadingTree() {
    try (PDDocument doc = PdfReadBack.open(SEMINAR)) {
      List<String> marks = PdfReadBack.bookmarks(doc);
      assertEquals(SeminarNote.HEADINGS, marks);
      assertEquals(2, countChildren(doc), "the two h2 sections nest under the first h1");
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static int countChildren(PDDocument doc) {
    int n = 0;
    for (var ignored : doc.getDocumentCatalog().getDocumentOutline().getFirstChild().children()) {
      n++;
    }
    return n;
  }

  @Test
  void metadataComesFromTheFrontMatter() throws Exception {
    try (PDDocument doc = PdfReadBack.open(SEMINAR)) {
      PDDocumentInformation info = doc.getDocumentInformation();
      assertEquals("[勉強会メモ] クラウド設計カンファレンス 2024", info.getTitle());
      assertEquals("山田太郎", info.getAuthor());
      assertEquals("登壇内容の書き殴りメモ", info.getSubject());
      assertEquals("seminar, cloud", info.getKeywords());
      Calendar created = info.getCreationDate();
      assertEquals(OffsetDateTime.parse("2018-03-13T23:22:42+09:00").toInstant(),
          created.toInstant());
      assertEquals("ja", doc.getDocumentCatalog().getLanguage());
      XMPMetadata xmp = new DomXmpParser().parse(
          doc.getDocumentCatalog().getMetadata().exportXMPMetadata());
      assertEquals("[勉強会メモ] クラウド設計カンファレンス 2024", xmp.getDublinCoreSchema().getTitle());
      assertEquals(List.of("山田太郎"), xmp.getDublinCoreSchema().getCreators());
      assertEquals(List.of("seminar", "cloud"), xmp.getDublinCoreSchema().getSubjects());
      assertEquals(created.toInstant(), xmp.getXMPBasicSchema().getCreateDate().toInstant());
    }
  }

  @Test
  void aNoteWithoutTitleOrHeadingsIsTitledByItsFileName() throws IOException {
    Document doc = new Document(dev.tsuzuri.outline.Metadata.empty("ja"),
        List.of(new Paragraph(SeminarNote.text("見出しのないメモ"), 1)), List.of());
    try (PDDocument pd = PdfReadBack.open(Render.pdf(doc))) {
      assertEquals("note", pd.getDocumentInformation().getTitle());
      assertTrue(PdfReadBack.bookmarks(pd).isEmpty());
    }
  }

  @Test
  void titleBlockShowsTheDateInJapanese() {
    String text = PdfReadBack.text(SEMINAR);
    assertTrue(text.contains("2018年3月13日"), text);
    assertTrue(text.contains("山田太郎"));
  }

  @Test
  void runningHeaderAndPageFooter() {
    String text = PdfReadBack.text(SEMINAR);
    try (PDDocument doc = PdfReadBack.open(SEMINAR)) {
      int pages = doc.getNumberOfPages();
      assertTrue(pages >= 2);
      for (int i = 1; i <= pages; i++) {
        assertTrue(text.contains(i + " / " + pages), "footer of page " + i);
      }
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void linksAreClickableInternallyAndExternally() throws IOException {
    byte[] pdf = Render.pdf(SeminarNote.build(),
        PdfOptions.builder().toc(true).build(),
        WarningSink.collecting("note.md"));
    try (PDDocument doc = PdfReadBack.open(pdf)) {
      List<String> uris = new ArrayList<>();
      int internal = 0;
      for (var page : doc.getPages()) {
        for (PDAnnotation a : page.getAnnotations()) {
          if (a instanceof PDAnnotationLink link) {
            if (link.getAction() instanceof PDActionURI u) {
              uris.add(u.getURI());
            } else if (link.getAction() instanceof PDActionGoTo || link.getDestination() != null) {
              internal++;
            }
          }
        }
      }
      assertTrue(uris.contains("https://example.com/slides/serverless-reliability-2024"), "" + uris);
      assertTrue(uris.contains("https://conference.example.jp/2024/"), "link card " + uris);
      assertTrue(internal >= SeminarNote.HEADINGS.size(), "toc and footnote links: " + internal);
    }
  }

  @Test
  void tableOfContentsHasPageNumbers() {
    byte[] pdf = Render.pdf(SeminarNote.build(),
        PdfOptions.builder().toc(true).build(),
        WarningSink.collecting("note.md"));
    String text = PdfReadBack.text(pdf);
    assertTrue(text.contains("目次"));
    assertTrue(text.lines().anyMatch(l -> l.startsWith("まとめ") && l.matches(".*\\.{3,}\\s*\\d+\\s*")),
        text);
  }

  @Test
  void pageSizesAndSerifBody() throws IOException {
    Document note = SeminarNote.build();
    byte[] a5 = Render.pdf(note, PdfOptions.builder().pageSize(PageSize.A5).font(BodyFont.SERIF).build(),
        WarningSink.collecting("note.md"));
    try (PDDocument doc = PdfReadBack.open(a5)) {
      PDRectangle box = doc.getPage(0).getMediaBox();
      assertEquals(148 / 25.4 * 72, box.getWidth(), 1.0);
      assertEquals(210 / 25.4 * 72, box.getHeight(), 1.0);
      assertTrue(PdfReadBack.fonts(doc).stream()
          .anyMatch(f -> f.getName().endsWith("BIZUDPMincho-Regular")));
    }
    byte[] letter = Render.pdf(note,
        PdfOptions.builder().pageSize(PageSize.LETTER).build(),
        WarningSink.collecting("note.md"));
    try (PDDocument doc = PdfReadBack.open(letter)) {
      assertEquals(612, doc.getPage(0).getMediaBox().getWidth(), 1.0);
    }
  }

  @Test
  void unknownOptionValuesAreClearErrorsWhenOptionsAreBuilt() {
    InvalidOptionException e = assertThrows(InvalidOptionException.class,
        () -> PageSize.parse("A3"));
    assertEquals("page-size: 'A3' is not one of A4, A5, B5, Letter", e.getMessage());
    assertEquals("page-size", e.setting());
    assertEquals("font: 'comic' is not one of sans, serif",
        assertThrows(InvalidOptionException.class, () -> BodyFont.parse("comic")).getMessage());
    assertEquals("pdf-standard: 'pdfx' is not one of none, pdfa-2u",
        assertThrows(InvalidOptionException.class, () -> PdfStandard.parse("pdfx"))
            .getMessage());
    assertEquals(PageSize.LETTER, PageSize.parse(" letter "));
    assertThrows(NullPointerException.class, () -> PdfOptions.builder().pageSize(null));
  }

  @Test
  void parsedFontsAreReusedAcrossDocuments() {
    Render.pdf(SeminarNote.build());
    int before = FontLibrary.parseCount();
    for (int i = 0; i < 3; i++) {
      Render.pdf(SeminarNote.build());
    }
    assertEquals(before, FontLibrary.parseCount(), "fonts parsed again for later documents");
  }

  @Test
  void preparedFontsAreTheOnesTheWritesUse() {
    PdfWriter writer = new PdfWriter();
    writer.prepare(dev.tsuzuri.write.WriteOptions.defaults());
    int before = FontLibrary.parseCount();
    writer.prepare(dev.tsuzuri.write.WriteOptions.defaults());
    Render.pdf(SeminarNote.build());
    assertEquals(before, FontLibrary.parseCount(),
        "prepare kept its parsed fonts from the writes (or parsed them again)");
  }

  @Test
  void rawHtmlIsReadIntoTablesPicturesCodeAndText() throws IOException {
    java.nio.file.Path note = java.nio.file.Path.of("src/test/resources/notes/html-blog.md");
    WarningSink w = WarningSink.collecting("note.md");
    Document doc = new dev.tsuzuri.read.markdown.MarkdownReader(
        dev.tsuzuri.read.ReadOptions.defaults()).read(note, w);
    byte[] pdf = Render.pdf(doc, PdfOptions.defaults(), w,
        new dev.tsuzuri.write.Resources(note.toAbsolutePath().getParent(), List.of(), w));
    Render.keep("html-blog.pdf", pdf);
    String flat = PdfReadBack.flat(pdf);
    for (String shown : List.of("会場は満席でした", "図1:当日の構成", "時間内容", "午前基調講演45分",
        "サーバーレスサーバーの管理を意識しない実行モデル", "publicStringhandle(Map<String,Object>",
        "当日のメモ", "懇親会は19時から", "下線、マーカー、H", "Ctrl+C、取り消し",
        "YouTube:dQw4w9WgXcQ")) {
      assertTrue(flat.contains(shown), shown + " in " + flat);
    }
    assertFalse(flat.contains("広告") || flat.contains("document.write")
        || flat.contains("<td") || flat.contains("<b>"),
        "script or tags printed: " + flat);
    try (PDDocument d = PdfReadBack.open(pdf)) {
      int images = 0;
      for (var page : d.getPages()) {
        for (var name : page.getResources().getXObjectNames()) {
          images += page.getResources().isImageXObject(name) ? 1 : 0;
        }
      }
      assertTrue(images >= 1, "pictures from <img> drawn: " + images);
    }
    assertTrue(w.warnings().stream().anyMatch(x -> x.message().contains("<script> dropped")));
    assertTrue(w.warnings().stream().noneMatch(x -> x.message().contains("shown as text")
        || x.message().contains("not shown")), w.warnings().toString());
  }

  @Test
  void emojiRenderFromTheBundledEmojiFontAndUnknownGlyphsAreReportedOnce() throws IOException {
    Document doc = new Document(SeminarNote.metadata(), List.of(
        new ListBlock(false, 1, true, List.of(new ListItem(ListItem.Task.NONE,
            List.of(new Paragraph(SeminarNote.text("絵文字😀と✅、チベット文字ༀとイ文字ꀀ"), 1)), 1)),
            1)),
        List.of());
    WarningSink w = WarningSink.collecting("note.md");
    byte[] pdf = Render.pdf(doc, PdfOptions.defaults(), w);
    String flat = PdfReadBack.flat(pdf);
    assertFalse(flat.contains("#"), flat);
    assertTrue(flat.contains("絵文字😀と✅、チベット文字〓とイ文字〓"), flat);
    try (PDDocument d = PdfReadBack.open(pdf)) {
      assertTrue(PdfReadBack.fonts(d).stream().anyMatch(f -> f.getName().contains("NotoEmoji")));
    }
    List<String> glyphWarnings = w.warnings().stream().map(x -> x.message())
        .filter(m -> m.contains("no bundled font")).toList();
    assertEquals(1, glyphWarnings.size(), "" + w.warnings());
    assertTrue(glyphWarnings.get(0).contains("U+0F00") && glyphWarnings.get(0).contains("U+A000"),
        glyphWarnings.get(0));
  }
}

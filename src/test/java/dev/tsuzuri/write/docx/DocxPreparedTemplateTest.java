package dev.tsuzuri.write.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tsuzuri.diag.WarningSink;
import dev.tsuzuri.outline.Document;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Documents share a template prepared once per process (its styles, settings, headers and
 * footers made once and reused): what one document needs must not leak into the next.
 */
class DocxPreparedTemplateTest {

  @Test
  void eachDocumentGetsTheStylesOfItsOwnLanguage() throws Exception {
    // note language -> (Latin language, East Asian language) of the default run properties
    List<String[]> cases = List.of(new String[] {"ja", "en-US", "ja-JP"},
        new String[] {"de", "de-DE", "ja-JP"}, new String[] {"ja", "en-US", "ja-JP"},
        new String[] {"zh-tw", "zh-TW", "zh-TW"}, new String[] {"de", "de-DE", "ja-JP"});
    for (String[] c : cases) {
      Document note = new Document(Fixtures.meta("言語 " + c[0], c[0]),
          List.of(Fixtures.para("本文です。")), List.of());
      try (XWPFDocument doc = read(Fixtures.write(note, DocxOptions.defaults(),
          WarningSink.collecting("t")))) {
        var rpr = doc.getStyles().getCtStyles().getDocDefaults().getRPrDefault().getRPr();
        assertEquals(c[1], rpr.getLangArray(0).getVal(), c[0]);
        assertEquals(c[2], rpr.getLangArray(0).getEastAsia(), c[0]);
        assertTrue(doc.getStyles().getStyle("Heading1") != null, "styles are the template's");
      }
    }
  }

  @Test
  void aTableOfContentsDoesNotLeakIntoTheNextDocument() throws Exception {
    Document note = Fixtures.seminar();
    for (boolean toc : List.of(true, false, true, false)) {
      byte[] docx = Fixtures.write(note, DocxOptions.builder().toc(toc).build(),
          WarningSink.collecting("t"));
      String settings = new String(DocxFontEmbeddingTest.unzip(docx).get("word/settings.xml"),
          java.nio.charset.StandardCharsets.UTF_8);
      assertEquals(toc, settings.contains("updateFields"), settings);
      assertTrue(settings.contains("embedTrueTypeFonts"), settings);
      try (XWPFDocument doc = read(docx)) {
        assertFalse(doc.getFooterList().isEmpty(), "the template's footer is there");
        assertFalse(doc.getFooterList().get(0).getParagraphs().isEmpty(), "with its content");
      }
    }
  }

  @Test
  void aTemplateLackingAStyleStillGetsItEveryTime(@TempDir Path dir) throws Exception {
    Path template = DocxTemplateTest.localizedTemplate(dir);
    Document note = Fixtures.seminar();
    for (int i = 0; i < 3; i++) {
      WarningSink warnings = WarningSink.collecting("t");
      byte[] docx = Fixtures.write(note, DocxOptions.builder().template(template).build(), warnings);
      try (XWPFDocument doc = read(docx)) {
        var styles = doc.getStyles();
        assertTrue(styles.getStyle("1") != null, "the template's own heading 1");
        boolean linkCard = styles.getStyles().stream()
            .anyMatch(s -> "Link Card".equals(s.getName()));
        boolean usesLinkCard = new String(DocxFontEmbeddingTest.unzip(docx)
            .get("word/document.xml"), java.nio.charset.StandardCharsets.UTF_8)
            .contains("LinkCard");
        assertEquals(usesLinkCard, linkCard, "a style the document uses is in the styles");
        var header = doc.getHeaderList();
        assertFalse(header.isEmpty());
        assertEquals("社外秘", header.get(0).getText().strip());
      }
    }
  }

  private static XWPFDocument read(byte[] docx) throws Exception {
    return new XWPFDocument(new ByteArrayInputStream(docx));
  }
}

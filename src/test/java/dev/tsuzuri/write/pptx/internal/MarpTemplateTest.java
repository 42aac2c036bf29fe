package dev.tsuzuri.write.pptx.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tsuzuri.diag.WarningSink;
import dev.tsuzuri.json.Json;
import dev.tsuzuri.outline.Document;
import dev.tsuzuri.read.ReadOptions;
import dev.tsuzuri.read.markdown.MarkdownReader;
import dev.tsuzuri.write.json.OutlineJson;
import dev.tsuzuri.write.pptx.PptxOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Marp deck's deck-wide directives that choose the template: {@code size} reshapes the slides
 * (and the plan measures in that shape), {@code theme} picks a template from a folder, and a
 * {@code header} is written where the template leaves room for it.
 */
class MarpTemplateTest {
  @TempDir
  Path dir;

  private static final String NINE_ITEMS = """

      ## 縦に余裕がある頁

      - 一つ目の項目
      - 二つ目の項目
      - 三つ目の項目
      - 四つ目の項目
      - 五つ目の項目
      - 六つ目の項目
      - 七つ目の項目
      - 八つ目の項目
      - 九つ目の項目
      """;

  private record Written(XMLSlideShow ppt, WarningSink warnings, Document doc) {}

  private Written write(String name, String markdown, Path template) throws Exception {
    Path note = dir.resolve(name);
    Files.writeString(note, markdown);
    Document doc = new MarkdownReader(ReadOptions.defaults()).read(note,
        WarningSink.collecting(name));
    PptxOptions options = template == null ? PptxOptions.defaults()
        : PptxOptions.builder().template(template).build();
    Decks.Written w = Decks.write(doc, options, dir);
    return new Written(w.open("note.pptx"), w.warnings(), doc);
  }

  private static XSLFTextShape placeholder(XSLFSlide s, Placeholder kind) {
    for (XSLFShape sh : s.getShapes()) {
      if (sh instanceof XSLFTextShape t && (t.getPlaceholder() == kind
          || kind == Placeholder.BODY && t.getPlaceholder() == Placeholder.CONTENT)) {
        return t;
      }
    }
    return null;
  }

  @Test
  void sizeFourThreeGivesTallerSlidesAndThePlanMeasuresInThem() throws Exception {
    Written four = write("four.md", "---\nmarp: true\nsize: 4:3\n---\n\n# 表紙\n\n---\n"
        + NINE_ITEMS, null);
    Written wide = write("wide.md", "---\nmarp: true\n---\n\n<!-- size: 16:9 -->\n\n# 表紙\n\n"
        + "---\n" + NINE_ITEMS, null);
    var page = four.ppt().getPageSize();
    assertEquals(4.0 / 3, page.getWidth() / page.getHeight(), 0.01, "4:3 slides: " + page);
    var widePage = wide.ppt().getPageSize();
    assertEquals(16.0 / 9, widePage.getWidth() / widePage.getHeight(), 0.01);
    // the body placeholder keeps its place relative to the slide
    XSLFSlide content = four.ppt().getSlides().get(1);
    var body = content.getSlideLayout().getPlaceholder(1).getAnchor();
    var wideBody = wide.ppt().getSlides().get(1).getSlideLayout().getPlaceholder(1).getAnchor();
    assertEquals(wideBody.getMinY() / widePage.getHeight(), body.getMinY() / page.getHeight(),
        0.005);
    assertEquals(wideBody.getHeight() / widePage.getHeight(), body.getHeight() / page.getHeight(),
        0.005);
    // nine items fit the taller body on one slide in the layout's size; the wide one needs
    // smaller text or a second slide for them
    assertEquals(2, four.ppt().getSlides().size());
    double fourSize = firstRunSize(placeholder(content, Placeholder.BODY));
    double wideSize = firstRunSize(placeholder(wide.ppt().getSlides().get(1), Placeholder.BODY));
    assertTrue(wide.ppt().getSlides().size() > 2 || wideSize < fourSize,
        "wide: " + wide.ppt().getSlides().size() + " slides, " + wideSize + " pt against "
            + fourSize + " pt");
    assertTrue(placeholder(content, Placeholder.BODY).getText().contains("九つ目"));
    assertTrue(four.warnings().warnings().isEmpty(), four.warnings().warnings().toString());
  }

  @Test
  void aThemeIsPickedFromATemplateFolderAndTheHeaderGoesWhereThereIsRoom() throws Exception {
    Path folder = Files.createDirectory(dir.resolve("themes"));
    // a template whose titles sit lower, leaving a band for the header above them
    Files.write(folder.resolve("zemi.pptx"), titleMovedDown(Templates.bundled()));
    String deck = "---\nmarp: true\ntheme: zemi\nheader: 秋学期ゼミ\n---\n\n# 表紙\n\n---\n\n"
        + "## 本題\n\n- 要点\n";
    Written zemi = write("zemi.md", deck, folder);
    XSLFSlide s = zemi.ppt().getSlides().get(1);
    assertEquals(36, placeholder(s, Placeholder.TITLE).getAnchor().getMinY(), 1,
        "the title where zemi.pptx puts it");
    boolean header = s.getShapes().stream().anyMatch(sh -> sh instanceof XSLFTextShape t
        && t.getPlaceholder() == null && t.getText().equals("秋学期ゼミ")
        && t.getAnchor().getMaxY() <= 36.5);
    assertTrue(header, "the header above the title");
    assertTrue(zemi.warnings().warnings().isEmpty(), zemi.warnings().warnings().toString());

    Written missing = write("other.md", deck.replace("zemi", "gakkai"), folder);
    assertEquals(14.4, placeholder(missing.ppt().getSlides().get(1), Placeholder.TITLE)
        .getAnchor().getMinY(), 1, "the bundled template");
    assertTrue(missing.warnings().warnings().stream().anyMatch(w -> w.message()
        .contains("no gakkai.pptx")));
    // the bundled template has no room above its titles: the header is left out, with a warning
    assertTrue(missing.warnings().warnings().stream().anyMatch(w -> w.message()
        .contains("header")));
  }

  @Test
  void withoutATemplateFolderTheThemeIsNamedInAWarningAndInTheJson() throws Exception {
    Written w = write("plain.md", "---\nmarp: true\ntheme: gaia\n---\n\n# 表紙\n", null);
    assertTrue(w.warnings().warnings().stream().anyMatch(x -> x.message()
        .contains("Marp theme 'gaia' is not applied")));
    @SuppressWarnings("unchecked")
    Map<String, Object> json = (Map<String, Object>) Json.parse(OutlineJson.of(w.doc()));
    assertEquals(List.of(2L, 2L), json.get("tsuzuri-api-version"));
    assertTrue(String.valueOf(json.get("notes")).contains("gaia.pptx"), json.toString());
    Written none = write("none.md", "---\nmarp: true\n---\n\n# 表紙\n", null);
    assertFalse(OutlineJson.of(none.doc()).contains("\"notes\""));
  }

  @Test
  void reshapingStaysLinearOnHugeParts() {
    String part = "<a:off x=\"10\" y=\"300\"/><a:ext cx=\"5\" cy=\"600\"/>".repeat(40_000)
        + "<a:off x=\"1\" y=\"" + "9".repeat(1_000_000);
    String out = assertTimeoutPreemptively(Duration.ofSeconds(5),
        () -> TemplateShape.stretched(part, 4.0 / 3));
    assertTrue(out.startsWith("<a:off x=\"10\" y=\"400\"/><a:ext cx=\"5\" cy=\"800\"/>"), out
        .substring(0, 80));
    assertTrue(out.endsWith("9".repeat(1000)), "an unfinished number is left as it is");
  }

  /** The bundled template with the master's title placeholder moved down to 36 pt. */
  private static byte[] titleMovedDown(byte[] pptx) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(pptx));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        byte[] b = in.readAllBytes();
        if (e.getName().equals("ppt/slideMasters/slideMaster1.xml")) {
          String xml = new String(b, StandardCharsets.UTF_8);
          assertTrue(xml.contains("y=\"182880\""));
          b = xml.replace("y=\"182880\"", "y=\"457200\"").getBytes(StandardCharsets.UTF_8);
        }
        zip.putNextEntry(new ZipEntry(e.getName()));
        zip.write(b);
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  private static double firstRunSize(org.apache.poi.xslf.usermodel.XSLFTextShape body) {
    return body.getTextParagraphs().get(0).getTextRuns().get(0).getFontSize();
  }
}

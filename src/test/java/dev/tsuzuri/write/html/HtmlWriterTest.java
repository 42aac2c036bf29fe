package dev.tsuzuri.write.html;

import dev.tsuzuri.write.html.internal.Stylesheets;
import dev.tsuzuri.write.html.internal.PageTemplate;
import dev.tsuzuri.write.html.internal.HtmlWriter;
import dev.tsuzuri.write.html.internal.HtmlDom;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tsuzuri.diag.WarningSink;
import dev.tsuzuri.write.MemoryOutputs;
import dev.tsuzuri.write.Resources;
import dev.tsuzuri.write.WriteContext;
import dev.tsuzuri.write.WriteOptions;
import dev.tsuzuri.write.Writers;
import dev.tsuzuri.write.pdf.SeminarNote;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class HtmlWriterTest {
  @TempDir
  Path dir;

  private static String html(WarningSink w) throws IOException {
    MemoryOutputs out = new MemoryOutputs();
    Writers.forFormat("html").create().write(SeminarNote.build(),
        new WriteContext("note", out, Resources.none(w), WriteOptions.defaults(), w));
    return new String(out.get("note.html"), StandardCharsets.UTF_8);
  }

  private static boolean onPath(String program) {
    for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      if (Files.isExecutable(Path.of(d, program))) {
        return true;
      }
    }
    return false;
  }

  @Test
  void pandocReadsBackTheSameHeadingsAndNestedItems() throws Exception {
    Assumptions.assumeTrue(onPath("pandoc"), "pandoc not installed");
    Path file = dir.resolve("note.html");
    Files.writeString(file, html(WarningSink.collecting("note.md")));
    Process p = new ProcessBuilder("pandoc", "-f", "html", "-t", "markdown", file.toString())
        .redirectErrorStream(true).start();
    String md = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), md);
    String flat = md.replaceAll("\\s+", "");
    for (String h : SeminarNote.HEADINGS) {
      assertTrue(md.lines().anyMatch(l -> l.matches("#+ .*") && l.replaceAll("\\s+", "")
          .replace("\\", "").contains(h.replaceAll("\\s+", ""))), "heading " + h + "\n" + md);
    }
    // five levels of bullets: pandoc writes the fifth level indented by four steps
    assertTrue(md.lines().anyMatch(l -> l.matches(" {16,}-\\s+五段目：ログのトレーサビリティをどう確保するか")), md);
    assertFalse(flat.contains("alert(1)"), "script kept");
  }

  @Test
  void domHasLanguageMetadataAndNoBookmarks() {
    WarningSink w = WarningSink.collecting("note.md");
    org.w3c.dom.Document page = HtmlDom.build(SeminarNote.build(),
        new HtmlDom.Settings(false, false, PageTemplate.defaults(), List.of(Stylesheets.defaults())),
        Resources.none(w), w);
    Element html = page.getDocumentElement();
    assertEquals("ja", html.getAttribute("lang"));
    assertEquals(0, page.getElementsByTagNameNS("*", "bookmarks").getLength());
    List<String> metas = new ArrayList<>();
    NodeList m = page.getElementsByTagNameNS("*", "meta");
    for (int i = 0; i < m.getLength(); i++) {
      Element e = (Element) m.item(i);
      metas.add(e.getAttribute("name") + "=" + e.getAttribute("content"));
    }
    assertTrue(metas.contains("author=山田太郎"), "" + metas);
    assertTrue(metas.contains("keywords=seminar, cloud"), "" + metas);
    assertEquals(0, page.getElementsByTagNameNS("*", "script").getLength());
    // the title is the page's h1; the note's "#" sections follow as h2, "##" as h3
    assertEquals("title", ((Element) page.getElementsByTagNameNS("*", "h1").item(0))
        .getAttribute("class"));
    assertEquals("intro", ((Element) page.getElementsByTagNameNS("*", "h2").item(0))
        .getAttribute("id"));
    assertEquals("design", ((Element) page.getElementsByTagNameNS("*", "h3").item(0))
        .getAttribute("id"));
  }

  @Test
  void pagedDomHasNestedBookmarks() {
    WarningSink w = WarningSink.collecting("note.md");
    org.w3c.dom.Document page = HtmlDom.build(SeminarNote.build(),
        new HtmlDom.Settings(true, true, PageTemplate.defaults(), List.of()),
        Resources.none(w), w);
    NodeList marks = page.getElementsByTagNameNS("*", "bookmark");
    assertEquals(SeminarNote.HEADINGS.size(), marks.getLength());
    Element first = (Element) marks.item(0);
    assertEquals("#intro", first.getAttribute("href"));
    assertEquals(2, first.getElementsByTagNameNS("*", "bookmark").getLength());
  }

  @Test
  void imagesAreInlinedSoThePageStandsAlone() throws IOException {
    javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(8, 8,
        java.awt.image.BufferedImage.TYPE_INT_RGB), "png", dir.resolve("pic.png").toFile());
    dev.tsuzuri.outline.Document doc = new dev.tsuzuri.outline.Document(
        dev.tsuzuri.outline.Metadata.empty("ja"), List.of(
            new dev.tsuzuri.outline.Figure("pic.png", "図", "", List.of(), "", 1),
            new dev.tsuzuri.outline.Figure("gone.png", "消えた図", "", List.of(), "", 2)),
        List.of());
    WarningSink w = WarningSink.collecting("note.md");
    MemoryOutputs out = new MemoryOutputs();
    new HtmlWriter().write(doc, new WriteContext("note", out, new Resources(dir, List.of(), w),
        WriteOptions.defaults(), w));
    String s = new String(out.get("note.html"), StandardCharsets.UTF_8);
    assertTrue(s.contains(" src=\"data:image/png;base64,"), s);
    assertFalse(s.contains("pic.png"), "no reference to the file");
    assertTrue(s.contains("消えた図"), "placeholder keeps the alt text");
    assertEquals(1, w.warnings().size(), "" + w.warnings());
  }

  @Test
  void missingInlineImagesLeaveOnlyTheirAltText() throws IOException {
    dev.tsuzuri.outline.Document doc = new dev.tsuzuri.outline.Document(
        dev.tsuzuri.outline.Metadata.empty("ja"), List.of(new dev.tsuzuri.outline.Paragraph(
            List.of(new dev.tsuzuri.outline.Inline.Text("交流会"),
                new dev.tsuzuri.outline.Inline.Image("img/a.png", "写真", ""),
                new dev.tsuzuri.outline.Inline.Text("と懇親会"),
                new dev.tsuzuri.outline.Inline.Image("img/b.png", "", "")), 1)),
        List.of());
    WarningSink w = WarningSink.collecting("note.md");
    MemoryOutputs out = new MemoryOutputs();
    new HtmlWriter().write(doc, new WriteContext("note", out, new Resources(dir, List.of(), w),
        WriteOptions.defaults(), w));
    String s = new String(out.get("note.html"), StandardCharsets.UTF_8);
    String text = s.replaceAll("<[^>]*>", "");
    assertTrue(text.contains("交流会写真と懇親会"), text);
    assertFalse(s.contains("img/a.png") || s.contains("img/b.png"), "file names stay out: " + s);
    assertEquals(2, w.warnings().size(), "each missing file is reported: " + w.warnings());
  }

  @Test
  void serialisedPageIsHtml5WithEndTags() throws IOException {
    String s = html(WarningSink.collecting("note.md"));
    assertTrue(s.startsWith("<!DOCTYPE html>"));
    assertFalse(s.contains("<a/>") || s.contains("<div/>") || s.contains("<td/>"), s);
    assertTrue(s.contains("<meta charset=\"utf-8\">"), "charset declared for browsers");
  }
}

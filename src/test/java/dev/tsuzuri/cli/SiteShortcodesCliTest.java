package dev.tsuzuri.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tsuzuri.convert.HugoSiteConvertTestAccess;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tsuzuri convert} on a small Hugo site (the {@code zemi} fixture): its own shortcode
 * templates and the mappings of its {@code tsuzuri.yaml} make real links and tables in Word and
 * PowerPoint, read back with POI; a bad mapping stops the run naming the file and key.
 */
class SiteShortcodesCliTest {
  @TempDir Path tmp;

  private record Run(int exit, String out, String err) {}

  private static Run convert(String... args) {
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    int exit = Main.commandLine(new PrintWriter(o, true), new PrintWriter(e, true))
        .execute(args);
    return new Run(exit, o.toString(), e.toString());
  }

  @Test
  void templatesAndMappingsBecomeLinksAndTablesInEveryFormat() throws IOException {
    Path site = HugoSiteConvertTestAccess.copySite("zemi", tmp);
    Path out = tmp.resolve("out");
    Run r = convert("convert", site.resolve("content").toString(), "-t", "docx,pptx",
        "-o", out.toString());
    assertEquals(0, r.exit(), r.out() + r.err());
    // only the template beyond the subset is left as text
    assertTrue(r.err().contains("shortcode 'gallery' kept as text"), r.err());
    assertFalse(r.err().contains("oldlink") || r.err().contains("'series'")
        || r.err().contains("'wrap'"), r.err());
    try (InputStream in = Files.newInputStream(out.resolve("posts/zemi.docx"));
        XWPFDocument docx = new XWPFDocument(in)) {
      String text = docx.getParagraphs().stream().map(XWPFParagraph::getText)
          .collect(Collectors.joining("\n"));
      assertTrue(text.contains("第3回 型推論の輪読 — 綴り研究会"), text);
      assertFalse(text.contains("{{< oldlink") || text.contains("{{< series"), text);
      assertEquals(1, docx.getTables().size());
      assertTrue(docx.getTables().get(0).getText().contains("関数適用"));
      String links = docx.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
          .filter(XWPFHyperlinkRun.class::isInstance)
          .map(run -> ((XWPFHyperlinkRun) run).getHyperlink(docx).getURL())
          .collect(Collectors.joining(" "));
      assertTrue(links.contains("https://example.net/old")
          && links.contains("https://example.org/hm"), links);
    }
    try (InputStream in = Files.newInputStream(out.resolve("posts/zemi.pptx"));
        XMLSlideShow pptx = new XMLSlideShow(in)) {
      int tables = 0;
      for (XSLFSlide slide : pptx.getSlides()) {
        for (XSLFShape shape : slide.getShapes()) {
          if (shape instanceof XSLFTable t && t.getCell(2, 1).getText().contains("関数適用")) {
            tables++;
          }
        }
      }
      assertEquals(1, tables);
    }
  }

  @Test
  void aBadMappingNamesTheFileAndTheKey() throws IOException {
    Path site = HugoSiteConvertTestAccess.copySite("zemi", tmp);
    Files.writeString(site.resolve("tsuzuri.yaml"), "shortcodes:\n  ad: {as: banner}\n");
    Run r = convert("convert", site.resolve("content").toString(), "-t", "json",
        "-o", tmp.resolve("out").toString());
    assertEquals(2, r.exit(), r.out() + r.err());
    assertTrue(r.err().contains("tsuzuri.yaml: shortcodes.ad: as: 'banner' is not a kind"),
        r.err());
    assertFalse(Files.exists(tmp.resolve("out/posts/zemi.json")));
  }
}

package dev.tsuzuri.write.pptx.internal;

import dev.tsuzuri.write.pptx.DeckSplit;
import dev.tsuzuri.write.pptx.PptxOptions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** LibreOffice, a real client, opens the decks and shows every slide and every item. */
class LibreOfficeTest {
  @TempDir
  Path dir;

  static boolean onPath(String program) {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String d : path.split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(d, program))) {
        return true;
      }
    }
    return false;
  }

  @Test
  void libreOfficeRendersEverySlideOfEveryDeck() throws Exception {
    Assumptions.assumeTrue(onPath("soffice"), "LibreOffice (soffice) is not installed");
    Decks.Written w = Decks.write(PptxWriterTest.note(),
        PptxOptions.builder().decks(DeckSplit.SESSION).build(), null);
    StringBuilder allText = new StringBuilder();
    for (Map.Entry<String, byte[]> f : w.files().entrySet()) {
      Path deck = dir.resolve(Path.of(f.getKey()).getFileName().toString());
      Files.write(deck, f.getValue());
      Path profile = Files.createTempDirectory(dir, "lo-profile");
      Process p = new ProcessBuilder("soffice", "-env:UserInstallation=" + profile.toUri(),
          "--headless", "--convert-to", "pdf", "--outdir", dir.toString(), deck.toString())
          .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
      assertTrue(p.waitFor(180, TimeUnit.SECONDS), "LibreOffice timed out");
      Path pdf = dir.resolve(deck.getFileName().toString().replace(".pptx", ".pdf"));
      assertTrue(Files.exists(pdf), "LibreOffice made no PDF of " + f.getKey());
      int slides;
      try (XMLSlideShow ppt = w.open(f.getKey())) {
        slides = ppt.getSlides().size();
      }
      try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
        assertEquals(slides, doc.getNumberOfPages(), f.getKey());
        allText.append(new PDFTextStripper().getText(doc));
      }
    }
    String text = allText.toString().replaceAll("\\s+", "");
    for (String item : List.of("クラウド設計入門", "マルチAZ構成にする。障害は必ず起きる前提で設計する",
        "最も深い項目", "スポットインスタンスを検証環境で使う", "監視項目（続き）",
        "メトリクスをひとつずつ確認していく作業の話")) {
      assertTrue(text.contains(item), item);
    }
  }
}

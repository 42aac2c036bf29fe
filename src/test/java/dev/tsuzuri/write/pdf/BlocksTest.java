package dev.tsuzuri.write.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tsuzuri.diag.WarningSink;
import dev.tsuzuri.outline.Block;
import dev.tsuzuri.outline.Document;
import dev.tsuzuri.outline.ListBlock;
import dev.tsuzuri.outline.ListItem;
import dev.tsuzuri.outline.Paragraph;
import dev.tsuzuri.outline.Table;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Tables across pages, footnotes, code, and outlines deeper than any layout can indent. */
class BlocksTest {
  @Test
  void longTablesRepeatTheirHeaderRowOnEveryPage() throws IOException {
    List<Table.Row> rows = new ArrayList<>();
    for (int i = 1; i <= 120; i++) {
      rows.add(new Table.Row(List.of(new Table.Cell(SeminarNote.text("行" + i)),
          new Table.Cell(SeminarNote.text("説明の文章がここに入る。" + "長い説明".repeat(i % 5))))));
    }
    Table t = new Table(List.of(Table.Alignment.LEFT, Table.Alignment.LEFT),
        List.of(new Table.Row(List.of(new Table.Cell(SeminarNote.text("見出し列A")),
            new Table.Cell(SeminarNote.text("見出し列B"))))), rows, 1);
    byte[] pdf = Render.pdf(new Document(SeminarNote.metadata(), List.of(t), List.of()));
    try (PDDocument doc = PdfReadBack.open(pdf)) {
      assertTrue(doc.getNumberOfPages() >= 3, "table spans pages");
      PDFTextStripper s = new PDFTextStripper();
      for (int p = 1; p <= doc.getNumberOfPages(); p++) {
        s.setStartPage(p);
        s.setEndPage(p);
        String page = s.getText(doc);
        if (page.contains("行")) {
          assertTrue(page.contains("見出し列A"), "header repeated on page " + p);
        }
      }
    }
    String flat = PdfReadBack.flat(pdf);
    assertTrue(flat.contains("行120"));
  }

  @Test
  void footnotesAreCollectedAtTheEndWithTheirNumbers() {
    String text = PdfReadBack.text(Render.pdf(SeminarNote.build()));
    int body = text.indexOf("公開されている");
    int note = text.indexOf("スライドは後日公開予定。");
    assertTrue(body >= 0 && note > body, "footnote after the body");
  }

  @Test
  void outlinesDeeperThanTheLimitAreWrittenFlatWithAWarning() {
    Block inner = new Paragraph(SeminarNote.text("最深部"), 1);
    for (int depth = 300; depth >= 1; depth--) {
      inner = new ListBlock(false, 1, true, List.of(new ListItem(ListItem.Task.NONE,
          List.of(new Paragraph(SeminarNote.text("階層" + depth), depth), inner), depth)), depth);
    }
    WarningSink w = WarningSink.collecting("deep.md");
    byte[] pdf = Render.pdf(new Document(SeminarNote.metadata(), List.of(inner), List.of()),
        PdfOptions.defaults(), w);
    String flat = PdfReadBack.flat(pdf);
    assertTrue(flat.contains("階層1") && flat.contains("階層300") && flat.contains("最深部"));
    assertEquals(1, w.warnings().stream().filter(x -> x.message().contains("levels deep"))
        .count(), "" + w.warnings());
  }
}

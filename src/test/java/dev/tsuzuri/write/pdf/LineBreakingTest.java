package dev.tsuzuri.write.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tsuzuri.diag.WarningSink;
import dev.tsuzuri.outline.Block;
import dev.tsuzuri.outline.CodeBlock;
import dev.tsuzuri.outline.Document;
import dev.tsuzuri.outline.Inline;
import dev.tsuzuri.outline.Paragraph;
import dev.tsuzuri.outline.Table;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/** Line breaking read back from rendered PDFs: kinsoku and nothing past the margin. */
class LineBreakingTest {
  private static final String NO_START = "、。，．）」』】〕〉》？！ー…・ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ";
  private static final String NO_END = "（「『【〔〈《";

  /** Paragraphs whose tricky characters fall at every possible line position. */
  private static Document trickyJapanese() {
    List<Block> blocks = new ArrayList<>();
    String sentence = "「クラウド」は、きょうもコーヒー（たぶん）を飲みながら…ちょっと・ぼーっとした。"
        + "『本当に？』【注意】〔補足〕〈例〉《引用》ッァィゥェォャュョ！";
    for (int shift = 0; shift < 40; shift++) {
      blocks.add(new Paragraph(List.of(new Inline.Text("あ".repeat(shift) + sentence.repeat(3))),
          1));
      // marks right after an inline element: the break opportunity spans two text runs
      List<Inline> mixed = new ArrayList<>();
      mixed.add(new Inline.Text("い".repeat(shift)));
      for (int i = 0; i < 6; i++) {
        mixed.add(new Inline.Text("「"));
        mixed.add(new Inline.Strong(List.of(new Inline.Text("重要な語句"))));
        mixed.add(new Inline.Text("」、"));
        mixed.add(new Inline.Code("code"));
        mixed.add(new Inline.Text("。"));
        mixed.add(new Inline.Link("https://example.com/", "", List.of(new Inline.Text("リンク"))));
        mixed.add(new Inline.Text("ー）と続く文章です。"));
      }
      blocks.add(new Paragraph(mixed, 1));
    }
    return new Document(SeminarNote.metadata(), blocks, List.of());
  }

  @Test
  void noLineStartsWithAClosingMarkOrEndsWithAnOpeningOne() {
    for (String size : List.of("A4", "A5")) {
      byte[] pdf = Render.pdf(trickyJapanese(),
          PdfOptions.builder().pageSize(PageSize.parse(size)).build(),
          WarningSink.collecting("note.md"));
      Render.keep("kinsoku-" + size + ".pdf", pdf);
      List<String> lines = PdfReadBack.text(pdf).lines().map(String::strip)
          .filter(l -> !l.isEmpty()).toList();
      assertTrue(lines.size() > 100, "enough lines to test: " + lines.size());
      for (String l : lines) {
        assertTrue(NO_START.indexOf(l.codePointAt(0)) < 0, "line starts badly: " + l);
        assertTrue(NO_END.indexOf(l.codePointBefore(l.length())) < 0, "line ends badly: " + l);
      }
    }
  }

  @Test
  void longTokensWrapInsideTheMargins() throws IOException {
    String url = "https://example.com/" + "very-long-path-segment/".repeat(12) + "index.html";
    String word = "Supercalifragilisticexpialidocious".repeat(4);
    Document doc = new Document(SeminarNote.metadata(), List.of(
        new Paragraph(List.of(new Inline.Text("URL: " + url)), 1),
        new Paragraph(List.of(new Inline.Code(word)), 1),
        new CodeBlock("bash", "curl -s " + url + " | jq '.items[] | select(.name == \"x\")' "
            + "# " + "とても長いコメント".repeat(12), 1),
        new Table(List.of(Table.Alignment.LEFT, Table.Alignment.LEFT),
            List.of(new Table.Row(List.of(new Table.Cell(SeminarNote.text("項目")),
                new Table.Cell(SeminarNote.text("URL"))))),
            List.of(new Table.Row(List.of(new Table.Cell(SeminarNote.text(word)),
                new Table.Cell(SeminarNote.text(url))))), 1)),
        List.of());
    for (String size : List.of("A4", "A5")) {
      byte[] pdf = Render.pdf(doc, PdfOptions.builder().pageSize(PageSize.parse(size)).build(),
          WarningSink.collecting("note.md"));
      Render.keep("long-" + size + ".pdf", pdf);
      try (PDDocument pd = PdfReadBack.open(pdf)) {
        float width = pd.getPage(0).getMediaBox().getWidth();
        float[] maxRight = {0};
        PDFTextStripper s = new PDFTextStripper() {
          @Override
          protected void writeString(String text, List<TextPosition> positions) {
            for (TextPosition p : positions) {
              maxRight[0] = Math.max(maxRight[0], p.getXDirAdj() + p.getWidthDirAdj());
            }
          }
        };
        s.getText(pd);
        float margin = size.equals("A4") ? 18 : 13;
        assertTrue(maxRight[0] <= width - margin / 25.4f * 72 + 1,
            size + ": text reaches x=" + maxRight[0] + " of " + width);
        String flat = PdfReadBack.flat(pdf);
        assertTrue(flat.contains(url), "URL text kept whole in extraction");
        // table columns interleave in extraction; the paragraph's word must come out whole
        assertTrue(flat.contains(word), "long word kept whole in extraction");
      }
    }
  }
}

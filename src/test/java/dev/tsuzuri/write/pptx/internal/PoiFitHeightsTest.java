package dev.tsuzuri.write.pptx.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tsuzuri.font.AwtFonts;
import dev.tsuzuri.slide.Line;
import dev.tsuzuri.slide.Run;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.junit.jupiter.api.Test;

/**
 * The fast way of measuring a line (one paragraph laid out once) gives what laying out whole text
 * boxes gives, for lines of every kind, level, length and script.
 */
class PoiFitHeightsTest {
  private static final String[] WORDS = {"クラウド", "の", "設計", "について、", "Lambda", "と",
      "サーバーレス", "アーキテクチャ", "を", "話しました。", "Amazon Web Services", "re:Invent",
      "コンテナ", "（ECS / EKS）", "は", "便利です", "!", "、", "。", "https://example.com/a/b",
      "データベース", "移行", "supercalifragilisticexpialidocious", "🍣", "全角　スペース"};

  @Test
  void fastHeightsEqualBoxHeights() {
    AwtFonts.register();
    List<Line> lines = randomLines(new Random(20261128));
    Template template = Template.of(null);
    try (XMLSlideShow scratch = template.open()) {
      Layouts layouts = Layouts.find(scratch, template.name());
      TextFiller fitFiller = new TextFiller(TextStyle.forLang("ja"));
      PoiFit fit = new PoiFit(PoiScratch.of(scratch, template.name()), layouts.bodyArea(),
          fitFiller, new TextMeasurer(fitFiller, TextStyle.forLang("ja")));
      for (Line l : lines) {
        PoiFit.LineHeights fast = fit.heights(l);
        PoiFit.LineHeights reference = fit.referenceHeights(l);
        assertTrue(fast.alone() > 0, l.text());
        assertEquals(reference.alone(), fast.alone(), 1e-6, "alone: " + l);
        assertEquals(reference.following(), fast.following(), 1e-6, "following: " + l);
      }
      // whole pages: the summed height is what laying out the page in the body gives
      TextFiller filler = new TextFiller(TextStyle.forLang("ja"));
      org.apache.poi.xslf.usermodel.XSLFTextShape body =
          Layouts.body(scratch.createSlide(layouts.content()));
      for (int start = 0; start + 1 < lines.size(); start += 3) {
        List<Line> page = lines.subList(start, Math.min(lines.size(), start + 2 + start % 7));
        filler.lines(body, page);
        double whole = Measure.textHeight(body) - Measure.paragraphExcess(body);
        assertEquals(whole, fit.pageHeight(page), 1e-6, "page at " + start);
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Lines of every kind, level, length, script and mark, and an empty one. */
  static List<Line> randomLines(Random random) {
    List<Line> lines = new ArrayList<>();
    for (int i = 0; i < 160; i++) {
      StringBuilder text = new StringBuilder();
      int words = 1 + random.nextInt(i % 4 == 0 ? 60 : 12);
      for (int w = 0; w < words; w++) {
        text.append(WORDS[random.nextInt(WORDS.length)]);
      }
      Line.Kind kind = Line.Kind.values()[random.nextInt(4)];
      int level = kind == Line.Kind.CODE ? 0 : random.nextInt(7);
      Run run = new Run(text.toString(), random.nextInt(5) == 0, random.nextInt(7) == 0,
          kind == Line.Kind.CODE, random.nextInt(11) == 0,
          random.nextInt(9) == 0 ? "https://example.com" : "");
      List<Run> runs = random.nextInt(4) == 0 ? List.of(Run.plain("前置き "), run) : List.of(run);
      Line line = new Line(level, kind, kind == Line.Kind.NUMBER ? (i % 12 + 1) + "." : "",
          runs, random.nextInt(6) == 0, random.nextInt(6) == 0);
      lines.add(line);
    }
    lines.add(Line.of(0, Line.Kind.PLAIN, "", List.of()));
    lines.add(Line.of(1, Line.Kind.BULLET, "", List.of(Run.plain("改行の\nある\n\n行"))));
    lines.add(Line.of(2, Line.Kind.PLAIN, "", List.of(Run.plain("\n先頭が改行"))));
    return lines;
  }
}

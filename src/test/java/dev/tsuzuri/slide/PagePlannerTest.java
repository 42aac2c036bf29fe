package dev.tsuzuri.slide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tsuzuri.diag.WarningSink;
import dev.tsuzuri.outline.Document;
import dev.tsuzuri.outline.ImageRole;
import dev.tsuzuri.read.ReadOptions;
import dev.tsuzuri.read.markdown.MarkdownReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Notes that cut their own slides, read with the real reader and planned with a counting fit. */
class PagePlannerTest {
  @TempDir
  Path dir;

  private List<Slide> plan(String markdown, Fit fit) throws Exception {
    // asked for a deck per session: a note that cuts its own slides is one deck all the same
    List<Deck> decks = SlidePlanner.plan(read(markdown), new PlanOptions(true, 2), fit, "deck");
    assertEquals(1, decks.size(), "a note that cuts its own slides is one deck");
    return decks.get(0).slides();
  }

  private Document read(String markdown) throws Exception {
    Path note = dir.resolve("deck.md");
    Files.writeString(note, markdown);
    return new MarkdownReader(ReadOptions.defaults()).read(note,
        WarningSink.collecting("deck.md"));
  }

  private static final Fit ROOMY = new CountingFit(12, 40, 60);

  @Test
  void eachBreakStartsASlideAndHeadingsMakeNoDividers() throws Exception {
    List<Slide> slides = plan("""
        # 勉強会の振り返り

        ---

        # 第1部

        - 要点A
        - 要点B

        ---

        ## 第2部

        本文の段落。

        ### 小見出し

        - 細目
        """, ROOMY);
    assertEquals(3, slides.size());
    assertEquals(Slide.Layout.TITLE, slides.get(0).layout());
    assertEquals("第1部", slides.get(1).titleText());
    assertEquals(Slide.Layout.CONTENT, slides.get(1).layout());
    assertEquals("第2部", slides.get(2).titleText());
    assertEquals(List.of("本文の段落。", "小見出し", "細目"),
        slides.get(2).body().stream().map(Line::text).toList());
  }

  @Test
  void outsideMarpAHeadingAtThePageTitlesLevelStartsASlide() throws Exception {
    // a blog post with one --- under its header: each section keeps a slide of its own
    List<Slide> slides = plan("""
        # 新機能のお知らせ

        **公開日:** 2026-02-06

        ---

        ## 要約

        要約の段落。

        ### 補足

        - 補足の項目

        ## 詳細

        - 一つ目
        - 二つ目

        # 付録

        付録の本文。
        """, ROOMY);
    assertEquals(List.of("新機能のお知らせ", "要約", "詳細", "付録"),
        slides.stream().map(Slide::titleText).toList());
    assertEquals(List.of("要約の段落。", "補足", "補足の項目"),
        slides.get(1).body().stream().map(Line::text).toList());
  }

  @Test
  void aMarpPageWithTwoSectionsStaysOneSlide() throws Exception {
    List<Slide> slides = plan("""
        ---
        marp: true
        ---

        ## 概要

        - 一つ目

        ## 背景

        - 二つ目
        """, ROOMY);
    assertEquals(1, slides.size());
    assertEquals("概要", slides.get(0).titleText());
    assertEquals(List.of("一つ目", "背景", "二つ目"),
        slides.get(0).body().stream().map(Line::text).toList());
  }

  @Test
  void directivesNeverBecomeNotesAndSpotDirectivesApplyOnce() throws Exception {
    List<Slide> slides = plan("""
        ---
        marp: true
        paginate: true
        ---

        <!-- _paginate: false -->
        <!-- class: invert -->

        # 表紙

        <!-- 挨拶から始める -->

        ---

        ## 二枚目

        - 項目

        ---

        <!-- _class: lead -->

        ## 三枚目
        """, ROOMY);
    assertEquals(3, slides.size());
    assertEquals(List.of("挨拶から始める"), slides.get(0).notes());
    for (Slide s : slides) {
      for (String n : s.notes()) {
        assertFalse(n.contains("paginate") || n.contains("class"), n);
      }
    }
    assertFalse(slides.get(0).page().paginate());
    assertTrue(slides.get(1).page().paginate());
    assertEquals("invert", slides.get(1).page().className());
    assertEquals("lead", slides.get(2).page().className());
    assertEquals(Slide.Layout.SECTION, slides.get(2).layout());
  }

  @Test
  void anOverflowingPageContinuesWithCont() throws Exception {
    StringBuilder md = new StringBuilder("---\nmarp: true\n---\n\n# 表紙\n\n---\n\n## 長い一覧\n\n");
    for (int i = 1; i <= 20; i++) {
      md.append("- 項目").append(i).append('\n');
    }
    List<Slide> slides = plan(md.toString(), new CountingFit(8, 40, 60));
    assertEquals(1 + 3, slides.size());
    assertEquals("長い一覧（続き）", slides.get(2).titleText());
  }

  @Test
  void codeStepsDownBeforeBodyTextLeavesItsLayoutsSize() throws Exception {
    // twenty lines of code and a sentence, twelve units of room: the counting fit holds
    // 24/size times more, so code at 12 pt (twice the room) is the first size that keeps the
    // page on one slide, and the sentence keeps the layout's size
    StringBuilder md = new StringBuilder("---\nmarp: true\n---\n\n# 表紙\n\n---\n\n## 実装\n\n"
        + "説明の一文。\n\n```java\n");
    for (int i = 1; i <= 20; i++) {
      md.append("int x").append(i).append(" = ").append(i).append(";\n");
    }
    md.append("```\n");
    List<Slide> slides = plan(md.toString(), ROOMY);
    assertEquals(2, slides.size());
    assertEquals(12, slides.get(1).page().codeSize());
    assertEquals(0, slides.get(1).page().bodySize());
    assertEquals(List.of(new double[] {18, 0}, new double[] {0, 16}, new double[] {18, 16},
        new double[] {0, 14}, new double[] {18, 14}, new double[] {0, 12},
        new double[] {18, 12}, new double[] {0, Fit.MIN_CODE_SIZE},
        new double[] {18, Fit.MIN_CODE_SIZE}).stream().map(java.util.Arrays::toString).toList(),
        PageSlides.smallerSizes(slides.get(1).body()).stream().map(java.util.Arrays::toString)
            .toList());
    // eighty lines do not fit even at the floor: the page continues at the layout's sizes
    md.append("\n---\n\n## 長い実装\n\n```java\n");
    for (int i = 1; i <= 80; i++) {
      md.append("int y").append(i).append(";\n");
    }
    md.append("```\n");
    slides = plan(md.toString(), ROOMY);
    assertTrue(slides.size() > 3);
    assertEquals(0, slides.get(2).page().codeSize());
    assertEquals(Slide.Layout.CODE, slides.get(2).layout());
  }

  @Test
  void sidePicturesNarrowTheTextAndBackgroundsStayBehind() throws Exception {
    List<Slide> slides = plan("""
        ---
        marp: true
        ---

        ![bg](a.png)

        # 表紙

        ---

        ![bg left:30%](b.png)

        ## 図と文

        - 一つ目の項目はとても長い文章で幅が狭いと折り返すはずのもの
        - 二つ目
        """, new CountingFit(2, 40, 60));
    Slide cover = slides.get(0);
    assertEquals(1, cover.page().backgrounds().size());
    assertEquals("a.png", cover.page().backgrounds().get(0).picture().src());
    Slide side = slides.get(1);
    assertEquals(ImageRole.Placement.LEFT, side.page().side());
    assertEquals(30, side.page().sidePercent());
    assertEquals(70, side.page().textPercent());
    assertNull(side.picture());
    // measured at 70% of the width the long item takes two units (one at full width): the page
    // needs three units, two at the layout's size; set at 18 pt (the floor) it fits on one slide
    assertEquals(2, slides.size());
    assertEquals(18, side.page().bodySize());
    assertEquals(2, side.body().size());
  }

  @Test
  void headingDividerCutsPagesAtHeadings() throws Exception {
    List<Slide> slides = plan("""
        ---
        marp: true
        headingDivider: 2
        ---

        # 表紙

        ## 一

        - a

        ## 二

        - b
        ### 深い見出しは切らない

        - c
        """, ROOMY);
    assertEquals(List.of("表紙", "一", "二"), slides.stream().map(Slide::titleText).toList());
  }

  @Test
  void aNoteWithoutBreaksKeepsItsHeadingPlan() throws Exception {
    List<Slide> slides = SlidePlanner.plan(read("""
        # 一

        - a

        ## 二

        - b
        """), new PlanOptions(false, 2), ROOMY, "deck").get(0).slides();
    // the heading plan: title slide, section slide for 一 (level 1 ≤ session level), content
    assertTrue(slides.size() > 2);
    assertNull(slides.get(1).page());
  }

  @Test
  void anHtmlRuleIsDrawnButCutsNoSlides() throws Exception {
    String note = """
        # 一

        - a

        <hr>

        ## 二

        - b
        """;
    Document doc = read(note);
    assertTrue(doc.blocks().get(0) instanceof dev.tsuzuri.outline.Section s
        && s.blocks().stream().anyMatch(b -> b instanceof dev.tsuzuri.outline.ThematicBreak t
            && t.fromHtml()), doc.toString());
    List<Slide> slides = SlidePlanner.plan(doc, new PlanOptions(false, 2), ROOMY, "deck").get(0)
        .slides();
    assertNull(slides.get(1).page(), "planned from headings, as without the rule");
    // the same note with Markdown's own rule cuts its slides
    List<Slide> cut = SlidePlanner.plan(read(note.replace("<hr>", "---")),
        new PlanOptions(false, 2), ROOMY, "deck").get(0).slides();
    assertTrue(cut.stream().anyMatch(x -> x.page() != null));
  }

  @Test
  void hugeDecksArePlannedInLinearTime() throws Exception {
    StringBuilder md = new StringBuilder("---\nmarp: true\nbackgroundImage: \"")
        .append("url(".repeat(200_000)).append("\"\n---\n\n");
    for (int i = 0; i < 20_000; i++) {
      md.append("<!-- _class: lead -->\n\n## 見出し").append(i).append("\n\n- 項目\n\n---\n\n");
    }
    org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60),
        () -> {
          List<Slide> slides = plan(md.toString(), ROOMY);
          assertEquals(20_001, slides.size());
          assertTrue(slides.get(5).page().backgrounds().isEmpty());
        });
  }
}

package dev.tsuzuri.slide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tsuzuri.outline.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SlidePlannerTest {
  private static final String NOTE = """
      ---
      title: "勉強会メモ 2025"
      ---
      # 概要

      - 秋の勉強会のメモ

      ## クラウド設計入門

      - 目的
          - 可用性を上げる
          - コストを下げる
          - 監視を足す
      - 短い項目A
      - 短い項目B
      - 小さな親
          - 子

      ### 事例紹介

      - 事例1
      - 事例2

      ## 運用の話

      - 監視
          - メトリクス
              - CPU
                  - 使用率
                      - 上限
                          - 警告
      """;

  private static Document note() {
    return MiniMarkdown.parse(NOTE, "ja");
  }

  private static List<Deck> plan(Document d, boolean perSession, Fit fit) {
    return SlidePlanner.plan(d, new PlanOptions(perSession, 2), fit, "stem");
  }

  private static String describe(Slide s) {
    return s.layout() + ":" + s.titleText() + " | " + s.body().stream()
        .map(l -> "  ".repeat(l.level()) + l.text() + (l.repeated() ? "(r)" : ""))
        .collect(Collectors.joining(" / "));
  }

  @Test
  void documentDeckHasTitleSectionAndContentSlides() {
    List<Deck> decks = plan(note(), false, new CountingFit(20, 40, 40));
    assertEquals(1, decks.size());
    List<String> slides = decks.get(0).slides().stream().map(SlidePlannerTest::describe)
        .toList();
    assertEquals(List.of(
        "TITLE:勉強会メモ 2025 | ",
        "SECTION:概要 | ",
        "CONTENT:概要 | 秋の勉強会のメモ",
        "SECTION:クラウド設計入門 | ",
        "CONTENT:目的 | 可用性を上げる / コストを下げる / 監視を足す",
        "CONTENT:クラウド設計入門 | 短い項目A / 短い項目B / 小さな親 /   子",
        "CONTENT:事例紹介 | 事例1 / 事例2",
        "SECTION:運用の話 | ",
        "CONTENT:監視 | メトリクス /   CPU /     使用率 /       上限 /         警告"),
        slides);
  }

  @Test
  void deepLevelsAreKeptForTheWriterToFold() {
    Deck deck = plan(note(), false, new CountingFit(20, 40, 40)).get(0);
    Slide last = deck.slides().get(deck.slides().size() - 1);
    assertEquals(List.of(0, 1, 2, 3, 4), last.body().stream().map(Line::level).toList());
  }

  @Test
  void fullSlidesContinueWithTheParentRepeated() {
    String md = """
        ## 長いセッション

        - 親の項目
            - 子1
            - 子2
            - 子3
                - 孫1
                - 孫2
            - 子4
        """;
    Deck deck = plan(MiniMarkdown.parse(md, "ja"), false, new CountingFit(3, 40, 40)).get(0);
    List<String> content = deck.slides().stream().filter(s -> s.layout() == Slide.Layout.CONTENT)
        .map(SlidePlannerTest::describe).toList();
    assertEquals(List.of(
        "CONTENT:親の項目 | 子1 / 子2",
        "CONTENT:親の項目（続き） | 子3 / 孫1 / 孫2"
            .replace("孫1", "  孫1").replace("孫2", "  孫2"),
        "CONTENT:親の項目（続き） | 子4"), content);
  }

  @Test
  void aParentMovesDownWithItsChildrenAndIsRepeatedForContext() {
    String md = """
        ## S

        - 親
            - a
            - b
            - c
                - c1
                - c2
        """;
    Deck deck = plan(MiniMarkdown.parse(md, "ja"), false, new CountingFit(3, 40, 40)).get(0);
    List<String> content = deck.slides().stream().filter(s -> s.layout() == Slide.Layout.CONTENT)
        .map(SlidePlannerTest::describe).toList();
    // "c" would end the first page without its children: it moves down with them
    assertEquals(List.of("CONTENT:親 | a / b", "CONTENT:親（続き） | c /   c1 /   c2"), content);
  }

  @Test
  void repeatedParentsAreMarked() {
    String md = """
        ## S

        - 親
            - a
                - a1
                - a2
                - a3
        """;
    Deck deck = plan(MiniMarkdown.parse(md, "ja"), false, new CountingFit(3, 40, 40)).get(0);
    List<String> content = deck.slides().stream().filter(s -> s.layout() == Slide.Layout.CONTENT)
        .map(SlidePlannerTest::describe).toList();
    assertEquals(List.of("CONTENT:親 | a /   a1 /   a2", "CONTENT:親（続き） | a(r) /   a3"),
        content);
  }

  @Test
  void aBulletTooLongForAWholeSlideIsSplitAtSentences() {
    String md = """
        ## S

        - 一文目です。二文目です。三文目です。四文目です。
        """;
    // one unit holds 6 characters, a slide 2 units: each sentence alone fits
    Deck deck = plan(MiniMarkdown.parse(md, "ja"), false, new CountingFit(2, 6, 40)).get(0);
    List<Slide> content = deck.slides().stream()
        .filter(s -> s.layout() == Slide.Layout.CONTENT).toList();
    String joined = content.stream().flatMap(s -> s.body().stream()).map(Line::text)
        .collect(Collectors.joining());
    assertEquals("一文目です。二文目です。三文目です。四文目です。", joined);
    assertEquals(2, content.size());
    assertFalse(content.get(0).body().get(0).continued());
    assertTrue(content.get(0).body().get(1).continued());
    assertTrue(content.get(1).body().get(0).continued());
    assertEquals("S（続き）", content.get(1).titleText());
  }

  @Test
  void englishContinuationSaysCont() {
    String md = """
        ## Session

        - one
        - two
        - three
        """;
    Deck deck = plan(MiniMarkdown.parse(md, "en"), false, new CountingFit(2, 40, 40)).get(0);
    assertEquals("Session (cont.)", deck.slides().get(3).titleText());
  }

  @Test
  void aLongBulletDoesNotTitleASlide() {
    String md = """
        ## S

        - この項目はとても長いのでスライドのタイトルには入りきらない
            - 子
        """;
    Deck deck = plan(MiniMarkdown.parse(md, "ja"), false, new CountingFit(10, 40, 12)).get(0);
    Slide content = deck.slides().get(2);
    assertEquals("S", content.titleText());
    assertEquals(List.of(0, 1), content.body().stream().map(Line::level).toList());
  }

  @Test
  void aHeadingWithNothingUnderItIsKeptAsALine() {
    String md = """
        ## S

        ### 空の見出し

        #### 中身のある見出し

        - 項目
        """;
    Deck deck = plan(MiniMarkdown.parse(md, "ja"), false, new CountingFit(10, 40, 40)).get(0);
    String all = deck.slides().stream().map(SlidePlannerTest::describe)
        .collect(Collectors.joining("\n"));
    assertTrue(all.contains("CONTENT:中身のある見出し | 空の見出し / 項目"), all);
  }

  @Test
  void sessionDecksHaveAnOpeningAndOneDeckPerSession() {
    List<Deck> decks = plan(note(), true, new CountingFit(20, 40, 40));
    assertEquals(List.of("概要", "クラウド設計入門", "運用の話"),
        decks.stream().map(Deck::name).toList());
    assertEquals(List.of(0, 1, 2), decks.stream().map(Deck::number).toList());
    Slide title = decks.get(1).slides().get(0);
    assertEquals(Slide.Layout.TITLE, title.layout());
    assertEquals("クラウド設計入門", title.titleText());
    assertEquals("勉強会メモ 2025", title.body().get(0).text());
    // the session's own heading is on its title slide, not repeated as a section slide
    assertTrue(decks.get(1).slides().stream().noneMatch(s -> s.layout() == Slide.Layout.SECTION));
    assertEquals("秋の勉強会のメモ", decks.get(0).slides().get(2).body().get(0).text());
  }

  @Test
  void noteWithoutSessionsIsOneDeckEvenPerSession() {
    Document d = MiniMarkdown.parse("- a\n- b\n", "ja");
    List<Deck> decks = plan(d, true, new CountingFit(20, 40, 40));
    assertEquals(1, decks.size());
    assertEquals("stem", decks.get(0).slides().get(0).titleText());
  }

  @Test
  void commentsBecomeSpeakerNotes() {
    String md = """
        ## S

        - 項目
        <!-- ここで会場に質問する -->
        """;
    Deck deck = plan(MiniMarkdown.parse(md, "ja"), false, new CountingFit(10, 40, 40)).get(0);
    Slide content = deck.slides().get(2);
    assertEquals(List.of("ここで会場に質問する"), content.notes());
  }

  @Test
  void everyItemOfADeepNoteIsOnSomeSlide() {
    StringBuilder md = new StringBuilder("## セッション\n\n");
    List<String> items = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      String text = "項目" + i + "。" + "説明".repeat(i % 7);
      items.add(text);
      md.append("    ".repeat(i % 6 == 0 ? 0 : (i % 5))).append("- ").append(text).append('\n');
    }
    for (boolean perSession : new boolean[] {false, true}) {
      List<Deck> decks = plan(MiniMarkdown.parse(md.toString(), "ja"), perSession,
          new CountingFit(5, 10, 12));
      String all = decks.stream().flatMap(d -> d.slides().stream())
          .map(s -> s.titleText() + "\n" + s.body().stream().map(Line::text)
              .collect(Collectors.joining("\n")))
          .collect(Collectors.joining("\n"));
      for (String item : items) {
        assertTrue(all.contains(item), item);
      }
    }
  }
}

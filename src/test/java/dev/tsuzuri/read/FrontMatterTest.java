package dev.tsuzuri.read;

import dev.tsuzuri.read.markdown.MarkdownReader;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tsuzuri.diag.WarningSink;
import dev.tsuzuri.outline.Metadata;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Front matter to {@link Metadata}: dates, names, lists, languages and the rest. */
class FrontMatterTest {
  private static Metadata meta(String frontMatter, ReadOptions options) {
    return new MarkdownReader(options).read(frontMatter + "\n本文\n", WarningSink.collecting(""))
        .metadata();
  }

  private static Metadata yaml(String body) {
    return meta("---\n" + body + "\n---", ReadOptions.defaults());
  }

  @Test
  void dateFormatsHugoAccepts() {
    OffsetDateTime nine = OffsetDateTime.of(2018, 3, 13, 23, 22, 42, 0, ZoneOffset.ofHours(9));
    assertEquals(nine, yaml("date: 2018-03-13T23:22:42+09:00").date());
    assertEquals(nine, yaml("date: \"2018-03-13 23:22:42 +0900\"").date());
    assertEquals(nine, yaml("date: 2018-03-13 23:22:42 +09:00").date());
    assertEquals(OffsetDateTime.of(2018, 3, 13, 14, 22, 42, 0, ZoneOffset.UTC),
        yaml("date: 2018-03-13T14:22:42Z").date());
    assertEquals(OffsetDateTime.of(2018, 3, 13, 0, 0, 0, 0, ZoneOffset.UTC),
        yaml("date: 2018-03-13").date());
    assertEquals(OffsetDateTime.of(2018, 3, 13, 23, 22, 0, 0, ZoneOffset.UTC),
        yaml("date: 2018-03-13T23:22").date());
  }

  @Test
  void datesWithoutOffsetUseTheDefaultZone() {
    ReadOptions tokyo = ReadOptions.defaults().withDefaultZone(ZoneId.of("Asia/Tokyo"));
    assertEquals(ZoneOffset.ofHours(9), meta("---\ndate: 2018-03-13\n---", tokyo).date()
        .getOffset());
    assertEquals(ZoneOffset.ofHours(9),
        meta("+++\ndate = 2018-03-13T10:00:00\n+++", tokyo).date().getOffset());
    assertEquals(OffsetDateTime.of(2018, 3, 13, 0, 0, 0, 0, ZoneOffset.ofHours(9)),
        meta("+++\ndate = 2018-03-13\n+++", tokyo).date());
  }

  @Test
  void notADateWarnsAndIsLeftOut() {
    WarningSink w = WarningSink.collecting("");
    Metadata m = new MarkdownReader(ReadOptions.defaults())
        .read("---\ndate: someday\n---\n", w).metadata();
    assertNull(m.date());
    assertTrue(w.warnings().get(0).message().contains("not a date"));
  }

  @Test
  void authorsSummaryAndLanguage() {
    Metadata m = yaml("author: [綴 太郎, {name: 綴 花子}]\nauthors: 綴 太郎\nsummary: 要約\n"
        + "languageCode: en-us");
    assertEquals(List.of("綴 太郎", "綴 花子"), m.authors());
    assertEquals("要約", m.description());
    assertEquals("en-US", m.lang());
    assertEquals("ja", yaml("title: x").lang());
    assertEquals("en", new MarkdownReader(ReadOptions.defaults())
        .read("---\ntitle: x\n---\n\nEnglish only", WarningSink.collecting("")).metadata()
        .lang());
  }

  @Test
  void tagsAsAStringAndYaml11Surprises() {
    Metadata m = yaml("tags: single\ncategories: [a, b]\ndraft: \"true\"\nversion: 1.10\n"
        + "norway: NO\nempty:\nnested: {a: 1, b: null, c: [x, null, y]}");
    assertEquals(List.of("single"), m.tags());
    assertEquals(List.of("a", "b"), m.categories());
    assertTrue(m.draft());
    assertFalse(m.extra().containsKey("empty"));
    assertEquals(Map.of("a", 1, "c", List.of("x", "y")), m.extra().get("nested"));
  }

  @Test
  void noFrontMatterAndEmptyFrontMatter() {
    assertEquals("", meta("# 見出し", ReadOptions.defaults()).title());
    assertEquals(Metadata.empty("ja").title(), yaml("").title());
    assertEquals("ja", meta("---\n---", ReadOptions.defaults()).lang());
  }

  @Test
  void aLineOfDashesLaterIsNotFrontMatter() {
    var doc = new MarkdownReader(ReadOptions.defaults())
        .read("本文\n\n---\n\n続き\n", WarningSink.collecting(""));
    assertEquals(3, doc.blocks().size());
  }
}

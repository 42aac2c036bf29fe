package dev.tsuzuri.read;

import dev.tsuzuri.read.markdown.MarkdownReader;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tsuzuri.diag.TsuzuriException;
import dev.tsuzuri.diag.WarningSink;
import dev.tsuzuri.outline.Document;
import dev.tsuzuri.outline.Inline;
import dev.tsuzuri.outline.Paragraph;
import dev.tsuzuri.outline.Section;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile and broken input: a clean error or a warning, never a crash or a hang. */
class HostileInputTest {
  private static final MarkdownReader READER = new MarkdownReader(ReadOptions.defaults());

  @TempDir Path dir;

  private Document readBytes(byte[] bytes, WarningSink w) throws Exception {
    Path f = dir.resolve("note.md");
    Files.write(f, bytes);
    return READER.read(f, w);
  }

  private static Document read(String s, WarningSink w) {
    return assertTimeoutPreemptively(Duration.ofSeconds(10), () -> READER.read(s, w));
  }

  private static TsuzuriException refused(String s) {
    return assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> assertThrows(TsuzuriException.class,
            () -> READER.read(s, WarningSink.collecting("n.md"))));
  }

  @Test
  void emptyAndBlankNotes() {
    assertTrue(read("", WarningSink.collecting("")).blocks().isEmpty());
    assertTrue(read(" \n\t\n  \n", WarningSink.collecting("")).blocks().isEmpty());
    assertEquals("en", read("", WarningSink.collecting("")).metadata().lang());
  }

  @Test
  void utf8BomUtf16BomCrlfAndLoneCr() throws Exception {
    String note = "---\r\ntitle: 題\r\n---\r\n# 見出し\r\n\r\n- 項目\r- 二つ目\r";
    byte[] utf8 = note.getBytes(StandardCharsets.UTF_8);
    byte[] bom = new byte[utf8.length + 3];
    bom[0] = (byte) 0xEF;
    bom[1] = (byte) 0xBB;
    bom[2] = (byte) 0xBF;
    System.arraycopy(utf8, 0, bom, 3, utf8.length);
    for (byte[] bytes : List.of(utf8, bom, withBom(note, "UTF-16LE", 0xFF, 0xFE),
        withBom(note, "UTF-16BE", 0xFE, 0xFF))) {
      Document doc = readBytes(bytes, WarningSink.collecting(""));
      assertEquals("題", doc.metadata().title());
      Section s = (Section) doc.blocks().get(0);
      assertEquals(4, s.line());
      assertEquals("見出し", s.titleText());
    }
  }

  private static byte[] withBom(String s, String charset, int b0, int b1) {
    byte[] body = s.getBytes(Charset.forName(charset));
    byte[] all = new byte[body.length + 2];
    all[0] = (byte) b0;
    all[1] = (byte) b1;
    System.arraycopy(body, 0, all, 2, body.length);
    return all;
  }

  @Test
  void shiftJisIsRefusedWithAHintAndReadWithTheOverride() throws Exception {
    byte[] sjis = "# 勉強会のメモ\n\n- 日本語の本文です。\n".getBytes(Charset.forName("Shift_JIS"));
    TsuzuriException e = assertThrows(TsuzuriException.class,
        () -> readBytes(sjis, WarningSink.collecting("")));
    assertTrue(e.getMessage().contains("Shift_JIS") && e.getMessage().contains("--encoding"),
        e.getMessage());
    Path f = dir.resolve("sjis.md");
    Files.write(f, sjis);
    Document doc = new MarkdownReader(ReadOptions.defaults()
        .withCharset(Charset.forName("Shift_JIS"))).read(f, WarningSink.collecting(""));
    assertEquals("勉強会のメモ", ((Section) doc.blocks().get(0)).titleText());
  }

  @Test
  void eucJpIsRecognised() {
    byte[] euc = "# 勉強会のメモ\n\n- 日本語の本文です。\n".getBytes(Charset.forName("EUC-JP"));
    TsuzuriException e = assertThrows(TsuzuriException.class,
        () -> readBytes(euc, WarningSink.collecting("")));
    assertTrue(e.getMessage().contains("--encoding"), e.getMessage());
  }

  @Test
  void invalidUtf8NamesTheByteAndLine() {
    byte[] bytes = "ok\nline two \u00ff".getBytes(StandardCharsets.ISO_8859_1);
    TsuzuriException e = assertThrows(TsuzuriException.class,
        () -> readBytes(bytes, WarningSink.collecting("")));
    assertEquals(2, e.line());
    assertTrue(e.getMessage().contains("byte 12"), e.getMessage());
  }

  @Test
  void binaryGarbageIsRefusedCleanly() {
    byte[] garbage = new byte[4096];
    new java.util.Random(7).nextBytes(garbage);
    assertThrows(TsuzuriException.class, () -> readBytes(garbage, WarningSink.collecting("")));
  }

  @Test
  void controlCharactersAndLoneSurrogatesAreRemovedWithAWarning() {
    WarningSink w = WarningSink.collecting("");
    Document doc = read("a\u0000b\u0007c \uD800d 😀 e\u0301 葛\uDB40\uDD00\n", w);
    assertEquals(List.of(new Inline.Text("abc d 😀 e\u0301 葛\uDB40\uDD00")),
        ((Paragraph) doc.blocks().get(0)).inlines());
    assertEquals(1, w.warnings().size());
    assertEquals(1, w.warnings().get(0).line());
  }

  @Test
  void inputOverTheLimitIsRefused() throws Exception {
    MarkdownReader small = new MarkdownReader(ReadOptions.defaults().withLimits(1000, 64, 100));
    Path f = dir.resolve("big.md");
    Files.writeString(f, "x".repeat(2000));
    TsuzuriException e = assertThrows(TsuzuriException.class,
        () -> small.read(f, WarningSink.collecting("")));
    assertTrue(e.getMessage().contains("limit"), e.getMessage());
    assertThrows(TsuzuriException.class,
        () -> small.read("---\na: " + "y".repeat(200) + "\n---\n", WarningSink.collecting("")));
  }

  @Test
  void hundredThousandNestedListsOrQuotesAreRefusedNotOverflowed() {
    for (String s : List.of("- ".repeat(100_000) + "x", ">".repeat(100_000) + " x",
        "> - ".repeat(50_000) + "x")) {
      TsuzuriException e = refused(s);
      assertTrue(e.getMessage().contains("nested"), e.getMessage());
      assertEquals(1, e.line());
    }
    StringBuilder indented = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      indented.append("  ".repeat(i)).append("- item\n");
    }
    assertTrue(refused(indented.toString()).getMessage().contains("nested"));
  }

  @Test
  void deepButAllowedNestingReads() {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < 60; i++) {
      s.append("  ".repeat(i)).append("- level ").append(i + 1).append('\n');
    }
    assertEquals(60, FixtureNotesTest.listDepth(read(s.toString(), WarningSink.collecting(""))
        .blocks()));
  }

  /** Reads or refuses cleanly, within the time limit. */
  private static void readsOrRefuses(String s, WarningSink w) {
    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
      try {
        READER.read(s, w);
      } catch (TsuzuriException e) {
        assertFalse(e.getMessage().isBlank());
      }
    });
  }

  @Test
  void pathologicalInlinesFinishInTime() {
    WarningSink w = WarningSink.collecting("");
    read("*".repeat(50_000) + "a" + "*".repeat(50_000), w);
    read("段落\n" + "-".repeat(100_000) + "\n\n" + "_ ".repeat(50_000) + "\n", w);
    WarningSink deep = WarningSink.collecting("");
    Document flat = read("*a ".repeat(30_000) + "a*".repeat(30_000), deep);
    assertTrue(deep.warnings().stream().anyMatch(x -> x.message().contains("nested too deeply")),
        deep.warnings().toString());
    assertTrue(((Paragraph) flat.blocks().get(0)).inlines().get(0).toString().contains("*a *a"));
    read("_a ".repeat(30_000) + "a_".repeat(30_000), w);
    read("[".repeat(100_000) + "a" + "]".repeat(100_000), w);
    read("`".repeat(50_000) + "a", w);
    read("![".repeat(20_000) + "a" + "](b)".repeat(20_000), w);
    assertTrue(w.warnings().stream().anyMatch(x -> x.message().contains("closing brackets")));
    read("a **b ".repeat(20_000), w);
    StringBuilder refs = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      refs.append("[r").append(i).append("]: /u").append(i).append('\n');
    }
    read(refs.toString(), w);
    read("x".repeat(5_000_000), w);
  }

  @Test
  void manyHeadingsAndAWideTable() {
    Document doc = read("# h\n".repeat(20_000), WarningSink.collecting(""));
    assertEquals(20_000, doc.blocks().size());
    assertEquals("h-19999", ((Section) doc.blocks().get(19_999)).id());
    String header = "|" + "c|".repeat(10_000) + "\n|" + "-|".repeat(10_000) + "\n";
    read(header + "|" + "v|".repeat(10_000) + "\n", WarningSink.collecting(""));
  }

  @Test
  void billionLaughsAndUnsafeTagsAreRefused() {
    String laughs = "---\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
        + "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
        + "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n"
        + "f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n---\n";
    assertTrue(refused(laughs).getMessage().contains("front matter"));
    refused("---\nx: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[]]]\n---\n");
    refused("---\n" + "a:\n".repeat(1) + "[".repeat(10_000) + "\n---\n");
    refused("---\n- just\n- a list\n---\n");
  }

  @Test
  void malformedFrontMatterNamesTheLine() {
    TsuzuriException yaml = refused("---\ntitle: ok\ntags: [a, b\n---\n# x\n");
    assertTrue(yaml.line() >= 3, "line " + yaml.line());
    TsuzuriException toml = refused("+++\ntitle = \"ok\"\ndate = \n+++\n");
    assertEquals(3, toml.line());
    TsuzuriException unclosed = refused("---\ntitle: never closed\n\n# body\n");
    assertEquals(1, unclosed.line());
    assertTrue(unclosed.getMessage().contains("never closed"));
  }

  @Test
  void duplicateKeysWarn() {
    WarningSink w = WarningSink.collecting("");
    Document doc = read("---\ntitle: one\ntitle: two\n---\n", w);
    assertEquals("two", doc.metadata().title());
    assertEquals(3, w.warnings().get(0).line());
    assertTrue(w.warnings().get(0).message().contains("duplicate"));
  }

  @Test
  void unclosedShortcodeWarnsAndStaysText() {
    WarningSink w = WarningSink.collecting("");
    Document doc = read("前 {{< figure src=\"a.png\" \n\n後\n", w);
    String text = ((Paragraph) doc.blocks().get(0)).inlines().toString();
    assertTrue(text.contains("{{<") && text.contains("figure"), text);
    assertFalse(w.warnings().isEmpty());
  }

  @Test
  void recursiveFootnotesDoNotLoop() {
    Document doc = read("本文[^a]\n\n[^a]: 自分[^a]と相手[^b]\n[^b]: 相手から[^a]\n",
        WarningSink.collecting(""));
    assertEquals(2, doc.footnotes().size());
    assertEquals(List.of("a", "b"), doc.footnotes().stream().map(f -> f.label()).toList());
  }

  @Test
  void shortcodesNestedTooDeeplyStop() {
    String s = "{{< details >}}\n".repeat(200) + "x\n" + "{{< /details >}}\n".repeat(200);
    WarningSink w = WarningSink.collecting("");
    read(s, w);
    assertFalse(w.warnings().isEmpty());
  }
}

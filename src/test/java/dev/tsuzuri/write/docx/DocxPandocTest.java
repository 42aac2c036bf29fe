package dev.tsuzuri.write.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tsuzuri.diag.WarningSink;
import dev.tsuzuri.outline.CodeBlock;
import dev.tsuzuri.outline.Document;
import dev.tsuzuri.outline.LinkCard;
import dev.tsuzuri.outline.ListBlock;
import dev.tsuzuri.outline.ListItem;
import dev.tsuzuri.outline.Quote;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** pandoc, an independent reader, finds the same headings and list items at the same depth. */
class DocxPandocTest {

  static String pandoc(Path docx) throws Exception {
    return pandoc(docx, "docx");
  }

  static String pandoc(Path file, String from) throws Exception {
    String pandoc = DocxFontEmbeddingTest.onPath("pandoc");
    assumeTrue(pandoc != null, "pandoc not installed");
    Process p = new ProcessBuilder(pandoc, "-f", from, "-t", "commonmark", "--wrap=none",
        file.toString()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assumeTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), out);
    return out;
  }

  /** The outline lines of pandoc's Markdown: headings and list items with their indentation. */
  static List<String> outline(String markdown) {
    return markdown.lines()
        .filter(l -> l.matches("#+ .*") || l.matches("\\s*([-*]|\\d+\\.) .*"))
        .map(l -> {
          if (l.startsWith("#")) {
            return l;
          }
          String body = l.stripLeading();
          int depth = (l.length() - body.length()) / 4;
          String marker = body.startsWith("-") || body.startsWith("*") ? "-" : "1.";
          String text = body.replaceFirst("^([-*]|\\d+\\.)\\s+", "").replace("\\", "");
          return "  ".repeat(depth) + marker + " " + text;
        }).toList();
  }

  @Test
  void seminarOutlineSurvives(@TempDir Path dir) throws Exception {
    Path docx = dir.resolve("seminar.docx");
    Files.write(docx, Fixtures.write(Fixtures.seminar(), DocxOptions.defaults(),
        WarningSink.collecting("t")));
    List<String> got = outline(pandoc(docx));
    assertEquals(List.of("# このドキュメントについて", "- 3/10に開催された勉強会のメモ", "## セッション1",
        "- サーバーレスってなんだっけ", "  - サーバーの管理が不要", "  - FaaSとBaaS", "    - FaaS: 関数",
        "      - イベント駆動", "        - 五段目の項目", "        - 五段目その二", "- 信頼性とは？",
        "  1. 可用性", "  1. 保守性", "- 設計の考え方", "### 設計", "1. 一つ目", "1. 二つ目"), got);
  }

  @Test
  void itemsWithSeveralBlocksStayOneList(@TempDir Path dir) throws Exception {
    ListItem rich = new ListItem(ListItem.Task.NONE, List.of(Fixtures.para("最初の段落"),
        Fixtures.para("続きの段落"), new CodeBlock("sh", "echo 1\necho 2", 3),
        new Quote(List.of(Fixtures.para("項目内の引用")), 4),
        new LinkCard("https://example.com/", "例", "", 5),
        Fixtures.bullets(Fixtures.item("入れ子"))), 1);
    ListBlock list = Fixtures.bullets(rich, Fixtures.item("次の項目",
        Fixtures.bullets(Fixtures.item("孫"))), Fixtures.item("最後"));
    Document doc = new Document(Fixtures.meta("リスト", "ja"), List.of(list), List.of());
    Path docx = dir.resolve("rich.docx");
    Files.write(docx, Fixtures.write(doc, DocxOptions.defaults(), WarningSink.collecting("t")));
    List<String> got = outline(pandoc(docx));
    assertEquals(List.of("- 最初の段落", "  - 入れ子", "- 次の項目", "  - 孫", "- 最後"), got);
  }

  /**
   * The fixture notes, read by tsuzuri's reader and written as Word, have the outline pandoc
   * finds in the Markdown itself (items holding a Hugo shortcode left out, task boxes ignored).
   * {@code notes/shortcodes.md} is not compared: pandoc reads the lines after a paired shortcode
   * into the list before it, so its outline is not the note's.
   */
  @ParameterizedTest
  @ValueSource(strings = {"docx/seminar.md", "notes/seminar-yaml.md", "notes/tab-indent.md",
      "notes/notes-and-html.md", "notes/seminar-toml.md"})
  void fixtureNotesKeepTheirOutline(String note, @TempDir Path dir) throws Exception {
    Path source = Path.of("src/test/resources", note);
    Document doc = new dev.tsuzuri.read.markdown.MarkdownReader(dev.tsuzuri.read.ReadOptions.defaults())
        .read(source, WarningSink.collecting(note));
    Path docx = dir.resolve("out.docx");
    Files.write(docx, Fixtures.write(doc, DocxOptions.defaults(), WarningSink.collecting(note)));
    // pandoc's Markdown reader knows YAML front matter only: hide TOML front matter from it
    String text = Files.readString(source).replaceFirst("(?s)^\\+\\+\\+\\R.*?\\R\\+\\+\\+\\R", "");
    Path md = dir.resolve("source.md");
    Files.writeString(md, text);
    List<String> want = comparable(outline(pandoc(md, "commonmark_x+yaml_metadata_block")));
    List<String> got = comparable(outline(pandoc(docx)));
    assertEquals(want, got);
  }

  static List<String> comparable(List<String> outline) {
    return outline.stream().filter(l -> !l.contains("{{"))
        .map(l -> l.replaceAll("(\\[ \\]|\\[[xX]\\]|\u2610|\u2612) ?", "").replaceAll("\\s+", ""))
        .toList();
  }
}

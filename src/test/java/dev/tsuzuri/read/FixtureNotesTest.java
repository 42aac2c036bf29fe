package dev.tsuzuri.read;

import dev.tsuzuri.read.markdown.MarkdownReader;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tsuzuri.diag.WarningSink;
import dev.tsuzuri.outline.Block;
import dev.tsuzuri.outline.CodeBlock;
import dev.tsuzuri.outline.Details;
import dev.tsuzuri.outline.Document;
import dev.tsuzuri.outline.Embed;
import dev.tsuzuri.outline.Figure;
import dev.tsuzuri.outline.Inline;
import dev.tsuzuri.outline.LinkCard;
import dev.tsuzuri.outline.ListBlock;
import dev.tsuzuri.outline.ListItem;
import dev.tsuzuri.outline.Paragraph;
import dev.tsuzuri.outline.Section;
import dev.tsuzuri.outline.Table;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reads the bundled fixture notes and checks the outline they give. */
class FixtureNotesTest {
  static final Path NOTES = Path.of("src/test/resources/notes");

  static Document read(String name, WarningSink warnings) throws Exception {
    return new MarkdownReader(ReadOptions.defaults()).read(NOTES.resolve(name), warnings);
  }

  /** The depth of the deepest list under the blocks (1 = a list with no nested list). */
  static int listDepth(List<Block> blocks) {
    int max = 0;
    for (Block b : blocks) {
      if (b instanceof ListBlock l) {
        for (ListItem i : l.items()) {
          max = Math.max(max, 1 + listDepth(i.blocks()));
        }
      } else if (b instanceof Section s) {
        max = Math.max(max, listDepth(s.blocks()));
      }
    }
    return max;
  }

  @Test
  void yamlFrontMatterKeepsTheOffsetAndTheRest() throws Exception {
    Document doc = read("seminar-yaml.md", WarningSink.collecting("seminar-yaml.md"));
    var m = doc.metadata();
    assertEquals("[勉強会メモ] 春のクラウド勉強会 2026", m.title());
    assertEquals(OffsetDateTime.of(2026, 4, 18, 19, 30, 0, 0, ZoneOffset.ofHours(9)), m.date());
    assertEquals(OffsetDateTime.of(2026, 4, 20, 0, 0, 0, 0, ZoneOffset.UTC), m.lastmod());
    assertEquals(List.of("綴 太郎"), m.authors());
    assertEquals(List.of("seminar", "cloud"), m.tags());
    assertEquals(List.of("勉強会"), m.categories());
    assertEquals("ja", m.lang());
    assertEquals(Map.of("series", "クラウド勉強会"), m.extra());
  }

  @Test
  void tomlFrontMatter() throws Exception {
    Document doc = read("seminar-toml.md", WarningSink.collecting(""));
    var m = doc.metadata();
    assertEquals("データ基盤勉強会 第3回", m.title());
    assertEquals(ZoneOffset.ofHours(9), m.date().getOffset());
    assertEquals(List.of("綴 花子", "綴 次郎"), m.authors());
    assertTrue(m.draft());
    assertEquals("ja-JP", m.lang());
    assertEquals(Map.of("venue", "オンライン"), m.extra().get("params"));
    assertEquals(5, listDepth(doc.blocks()));
  }

  @Test
  void fourSpaceAndTabIndentationNestFiveLevels() throws Exception {
    assertEquals(5, listDepth(read("seminar-yaml.md", WarningSink.collecting("")).blocks()));
    assertEquals(5, listDepth(read("tab-indent.md", WarningSink.collecting("")).blocks()));
  }

  @Test
  void sectionsNestByLevelWithLinesAndIds() throws Exception {
    Document doc = read("seminar-yaml.md", WarningSink.collecting(""));
    Section h1 = (Section) doc.blocks().get(0);
    assertEquals("このメモについて", h1.id());
    assertEquals(15, h1.line());
    List<Section> h2 = h1.blocks().stream().filter(b -> b instanceof Section)
        .map(b -> (Section) b).toList();
    assertEquals(2, h2.size());
    assertEquals("基調講演-これからのクラウド運用", h2.get(0).id());
    assertEquals(20, h2.get(0).line());
    Section containers = h2.get(1);
    Block table = containers.blocks().stream().filter(b -> b instanceof Table).findFirst()
        .orElseThrow();
    assertEquals(List.of(Table.Alignment.LEFT, Table.Alignment.CENTER, Table.Alignment.RIGHT),
        ((Table) table).alignments());
    assertTrue(containers.blocks().stream().anyMatch(b -> b instanceof Figure f
        && f.src().equals("diagram.png") && f.alt().equals("構成図")));
    assertTrue(containers.blocks().stream().anyMatch(b -> b instanceof CodeBlock c
        && c.language().equals("yaml") && c.code().endsWith("true")));
    assertEquals(1, doc.footnotes().size());
    assertEquals("config", doc.footnotes().get(0).label());
  }

  @Test
  void japaneseEmphasisInTheFixture() throws Exception {
    Document doc = read("seminar-yaml.md", WarningSink.collecting(""));
    Section s = (Section) ((Section) doc.blocks().get(0)).blocks().get(2);
    Paragraph p = (Paragraph) s.blocks().get(1);
    assertEquals(List.of(new Inline.Text("これは"),
        new Inline.Strong(List.of(new Inline.Text("「重要」"))), new Inline.Text("です。"),
        new Inline.Strong(List.of(new Inline.Text("【注意】"))),
        new Inline.Text("本番では必ず確認すること。")), p.inlines());
  }

  @Test
  void shortcodesBecomeNodes() throws Exception {
    WarningSink w = WarningSink.collecting("shortcodes.md");
    Document doc = read("shortcodes.md", w);
    List<Block> first = ((Section) doc.blocks().get(0)).blocks();
    assertEquals(new LinkCard("https://example.com/event", "", "", 7), first.get(0));
    Figure f = assertInstanceOf(Figure.class, first.get(1));
    assertEquals("https://example.com/", f.link());
    assertEquals(List.of(new Inline.Text("全体の"),
        new Inline.Strong(List.of(new Inline.Text("構成")))), f.caption());
    assertEquals("https://x.com/tsuzuri_dev/status/1234567890", ((Embed) first.get(2)).url());
    assertEquals("https://www.youtube.com/watch?v=dQw4w9WgXcQ", ((Embed) first.get(3)).url());
    assertEquals("gist", ((Embed) first.get(4)).kind());
    List<Block> second = ((Section) doc.blocks().get(1)).blocks();
    CodeBlock code = assertInstanceOf(CodeBlock.class, second.get(0));
    assertEquals("go", code.language());
    assertTrue(code.code().contains("{{< not-a-shortcode >}}"), code.code());
    Details details = assertInstanceOf(Details.class, second.get(1));
    assertEquals(List.of(new Inline.Text("補足")), details.summary());
    assertInstanceOf(ListBlock.class, details.blocks().get(0));
    Paragraph ref = (Paragraph) second.get(2);
    assertEquals(new Inline.Link("previous.md", "", List.of(new Inline.Text("previous.md"))),
        ref.inlines().get(1));
    Paragraph literal = (Paragraph) second.get(3);
    assertEquals(new Inline.Code("{{< figure src=\"x.png\" >}}"), literal.inlines().get(1));
    assertTrue(OutlineDump.inlines(literal.inlines()).contains("{{< youtube id >}}"));
    Paragraph unknown = (Paragraph) second.get(4);
    assertEquals(List.of(new Inline.Code("{{< unknown-widget color=\"red\" >}}")),
        unknown.inlines());
    assertTrue(w.warnings().stream().anyMatch(x -> x.line() == 34
        && x.message().contains("unknown-widget")), w.warnings().toString());
  }
}

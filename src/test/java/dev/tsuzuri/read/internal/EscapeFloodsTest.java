package dev.tsuzuri.read.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tsuzuri.WarningSink;
import dev.tsuzuri.outline.Block;
import dev.tsuzuri.outline.Document;
import dev.tsuzuri.outline.Inline;
import dev.tsuzuri.outline.Paragraph;
import dev.tsuzuri.outline.PlainText;
import dev.tsuzuri.read.MarkdownReader;
import dev.tsuzuri.read.ReadOptions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Paragraphs with many backslash escapes read the same with the escapes spelled as character
 * references, and an unclosed bracket before them no longer sends flexmark's link-label
 * expression through every way of reading them.
 */
class EscapeFloodsTest {
  private static final MarkdownReader READER = new MarkdownReader(ReadOptions.defaults());

  private static List<Block> read(String markdown) {
    Document d = READER.read(markdown, WarningSink.collecting("t.md"));
    return d.blocks();
  }

  private static String text(Block b) {
    return PlainText.of(assertInstanceOf(Paragraph.class, b).inlines());
  }

  @Test
  void anUnclosedBracketBeforeManyEscapesReadsAsText() {
    // found by fuzzing: 2^40 ways to read the escapes while looking for a link label
    String note = "[x" + "\\\\a".repeat(40) + " 続き\n";
    List<Block> blocks = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> read(note),
        "a hang, not a slow read: without the guard this takes hours");
    assertEquals("[x" + "\\a".repeat(40) + " 続き", text(blocks.get(0)));
  }

  @Test
  void escapesMeanTheSameSpelledAsReferences() {
    String few = "a\\*b\\_c\\#d \\[e\\] ";
    String more = "f\\|g \\<h\\> i\\\\j\\`k ";
    // few escapes: left to flexmark; many: spelled out, with the same result
    assertEquals("a*b_c#d [e]", text(read(few).get(0)));
    assertEquals("a*b_c#d [e] f|g <h> i\\j`k ".repeat(3).strip(),
        text(read((few + more).repeat(3)).get(0)));
  }

  @Test
  void codeSpansAndFencedCodeKeepTheirBackslashes() {
    String flood = "\\!".repeat(30);
    List<Block> blocks = read("`a\\*b` と " + flood + "\n\n```\nc\\*d\n```\n");
    List<Inline> inlines = assertInstanceOf(Paragraph.class, blocks.get(0)).inlines();
    assertEquals(new Inline.Code("a\\*b"), inlines.get(0));
    assertTrue(PlainText.of(inlines).endsWith("!".repeat(30)));
    assertTrue(blocks.get(1).toString().contains("c\\\\*d") || blocks.get(1).toString()
        .contains("c\\*d"), blocks.get(1).toString());
  }

  @Test
  void linksInAFloodedParagraphStayLinks() {
    List<Block> blocks = read("[サイト](https://example.com/a\\_b) " + "\\!".repeat(30) + "\n");
    Inline first = assertInstanceOf(Paragraph.class, blocks.get(0)).inlines().get(0);
    Inline.Link link = assertInstanceOf(Inline.Link.class, first);
    assertEquals("https://example.com/a_b", link.url());
  }

  @Test
  void notesWithFewEscapesAreLeftAlone() {
    Prepared p = Prepass.run("普通の \\*メモ\\* です\n\n- 項目 \\#1\n", 1,
        ReadOptions.defaults().shortcodes(), (l, m) -> { });
    assertSame(p, EscapeFloods.defuse(p));
  }
}

package dev.tsuzuri.read.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tsuzuri.diag.WarningSink;
import dev.tsuzuri.outline.Block;
import dev.tsuzuri.outline.Document;
import dev.tsuzuri.outline.Inline;
import dev.tsuzuri.outline.Paragraph;
import dev.tsuzuri.outline.PlainText;
import dev.tsuzuri.read.markdown.MarkdownReader;
import dev.tsuzuri.read.ReadOptions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Link labels are found in one pass: an unclosed bracket before many backslash escapes no longer
 * sends flexmark's link-label expression through every way of reading them, and labels with
 * escapes still name their definitions.
 */
class LinearLabelsTest {
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
  void escapesInsideCodeSpansCannotStallALabelEither() {
    // the second fuzz finding: the escapes sit in code spans, where they are literal
    String code = "\\\\a".repeat(40);
    List<Block> blocks = assertTimeoutPreemptively(Duration.ofSeconds(60),
        () -> read("[x `" + code + "` 続き\n"));
    List<Inline> inlines = assertInstanceOf(Paragraph.class, blocks.get(0)).inlines();
    assertTrue(inlines.contains(new Inline.Code(code)), inlines.toString());
  }

  @Test
  void labelsWithEscapesStillNameTheirDefinitions() {
    List<Block> blocks = read("[資料\\]編][] と [本文][ラベル\\*1]\n\n[資料\\]編]: https://example.com/a\n"
        + "[ラベル\\*1]: https://example.com/b\n");
    List<Inline> inlines = assertInstanceOf(Paragraph.class, blocks.get(0)).inlines();
    assertEquals("https://example.com/a", assertInstanceOf(Inline.Link.class, inlines.get(0)).url());
    assertEquals("https://example.com/b", assertInstanceOf(Inline.Link.class, inlines.get(2)).url());
  }

  @Test
  void aBracketInsideALabelEndsIt() {
    assertEquals("[a[b]: /x", text(read("[a[b]: /x\n").get(0)));
  }

  @Test
  void linksBesideManyEscapesStayLinks() {
    List<Block> blocks = read("[サイト](https://example.com/a\\_b) " + "\\!".repeat(30) + "\n");
    Inline first = assertInstanceOf(Paragraph.class, blocks.get(0)).inlines().get(0);
    Inline.Link link = assertInstanceOf(Inline.Link.class, first);
    assertEquals("https://example.com/a_b", link.url());
  }
}

package dev.tsuzuri.read.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import dev.tsuzuri.diag.WarningSink;
import dev.tsuzuri.outline.Inline;
import dev.tsuzuri.outline.Paragraph;
import dev.tsuzuri.read.markdown.MarkdownReader;
import dev.tsuzuri.read.ReadOptions;
import java.util.List;
import org.junit.jupiter.api.Test;

class AutolinkGuardTest {
  @Test
  void bareLinksInOrdinaryTextAreFound() {
    Document d = FlexmarkParser.parse("資料は https://example.com/a と www.example.org に、"
        + "質問は me@example.com へ。AT&amp;T と \\*印\\* も。\n\n| 表 |\n|---|\n| a\\|b"
        + " https://example.com/c |\n");
    assertEquals(3, count(d, AutoLink.class));
    assertEquals(1, count(d, MailLink.class));
    assertEquals(List.of(), GuardedAutolinkExtension.skipped(d));
  }

  @Test
  void textWithThousandsOfEscapesIsNotSearchedAndReported() {
    String text = "前置き https://example.com/a " + "\\|".repeat(AutolinkGuard.MAX_COST);
    Document d = FlexmarkParser.parse("一行目\n\n" + text + "\n");
    assertEquals(0, count(d, AutoLink.class));
    assertEquals(List.of(5), GuardedAutolinkExtension.skipped(d));
  }

  @Test
  void aRunOfEntitiesCountsAsOneText() {
    Document d = FlexmarkParser.parse("x&amp;".repeat(20)
        + "www.example.com\n");
    assertEquals(0, count(d, AutoLink.class));
    assertEquals(1, GuardedAutolinkExtension.skipped(d).size());
  }

  @Test
  void textThatCannotHoldALinkIsPassedOverSilently() {
    String cell = "\\|".repeat(50_000);
    Document d = FlexmarkParser.parse("| a |\n|---|\n| " + cell + " |\n\n"
        + "x&amp;".repeat(20_000) + "\n");
    assertEquals(List.of(), GuardedAutolinkExtension.skipped(d));
  }

  @Test
  void theReaderWarnsWithTheNotesLineAndKeepsTheText() {
    WarningSink w = WarningSink.collecting("n.md");
    String escapes = "\\*".repeat(AutolinkGuard.MAX_COST);
    var doc = new MarkdownReader(ReadOptions.defaults())
        .read("---\ntitle: t\n---\n本文\n\n見て https://example.com/ " + escapes + "\n", w);
    assertEquals(1, w.warnings().size(), () -> w.warnings().toString());
    assertEquals(6, w.warnings().get(0).line());
    assertTrue(w.warnings().get(0).message().contains("bare links"));
    Paragraph p = (Paragraph) doc.blocks().get(1);
    assertEquals(List.of(new Inline.Text("見て https://example.com/ "
        + "*".repeat(AutolinkGuard.MAX_COST))), p.inlines());
  }

  private static int count(Node root, Class<?> type) {
    int n = 0;
    for (Node d : root.getDescendants()) {
      n += type.isInstance(d) ? 1 : 0;
    }
    return n;
  }
}

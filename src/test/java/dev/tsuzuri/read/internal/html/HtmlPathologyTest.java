package dev.tsuzuri.read.internal.html;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tsuzuri.diag.WarningSink;
import dev.tsuzuri.outline.Block;
import dev.tsuzuri.outline.BlockVisitor;
import dev.tsuzuri.outline.Document;
import dev.tsuzuri.outline.PlainText;
import dev.tsuzuri.read.ReadOptions;
import dev.tsuzuri.read.markdown.MarkdownReader;
import dev.tsuzuri.write.json.OutlineJson;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pathological raw HTML: 100,000 nested tags, a megabyte of attributes, everything unclosed, a
 * 2M-character line. Each is read within a deadline (linear time) and gives an outline shallow
 * enough for every writer's recursion, checked by serialising it.
 */
class HtmlPathologyTest {
  private static Document read(String markdown, WarningSink w) {
    // generous: the build machine is shared; a quadratic path takes minutes at these sizes
    return assertTimeoutPreemptively(Duration.ofSeconds(30),
        () -> new MarkdownReader(ReadOptions.defaults()).read(markdown, w));
  }

  /** The depth of the outline: blocks and inlines nested in each other. */
  private static int depth(Document doc) {
    String json = OutlineJson.of(doc);
    int depth = 0;
    int max = 0;
    boolean string = false;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (string) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          string = false;
        }
      } else if (c == '"') {
        string = true;
      } else if (c == '[' || c == '{') {
        max = Math.max(max, ++depth);
      } else if (c == ']' || c == '}') {
        depth--;
      }
    }
    return max;
  }

  @ParameterizedTest
  @ValueSource(strings = {"<div>", "<span>", "<b>", "<blockquote>", "<ul><li>", "<details>",
      "<table><tr><td>", "<dl><dd>", "<a href=x>", "<p><i>", "<pre>", "<font><center>",
      "<u><mark><sup>", "<figure>"})
  void oneHundredThousandNestedTags(String tag) {
    WarningSink w = WarningSink.collecting("n");
    Document doc = read("# 深い\n\n" + tag.repeat(100_000) + "中身\n", w);
    assertTrue(depth(doc) < 400, tag + ": depth " + depth(doc));
  }

  @Test
  void nestedTagsInsideMarkdownParagraphsPairWithoutNesting() {
    WarningSink w = WarningSink.collecting("n");
    // flexmark's own inline parsing bounds the sizes here (about 1 MB of tags)
    Document doc = read("本文 " + "<u><span>".repeat(50_000) + "x" + "</span></u>".repeat(
        50_000) + " 続き\n\n" + "<b>".repeat(50_000) + "閉じない\n", w);
    assertTrue(depth(doc) < 400, "depth " + depth(doc));
  }

  @Test
  void aMegabyteOfAttributes() {
    WarningSink w = WarningSink.collecting("n");
    String big = "x".repeat(1 << 20);
    Document doc = read("<p title=\"" + big + "\" class=\"" + big + "\">段落</p>\n\n"
        + "<img src=\"a.png\" alt=\"" + big + "\">\n\n文中の<a href=\"https://e.com/" + big
        + "\" onclick=\"" + big + "\">リンク</a>\n\n<pre class=\"" + big + "\">code</pre>\n\n"
        + "<table><tr><td colspan=\"" + "9".repeat(1 << 20) + "\" style=\"" + big + "\">c</td>"
        + "</tr></table>\n", w);
    assertTrue(PlainText.of(((dev.tsuzuri.outline.Paragraph) doc.blocks().get(0)).inlines())
        .equals("段落"));
  }

  @Test
  void everythingUnclosed() {
    WarningSink w = WarningSink.collecting("n");
    String open = "<p><b><i><u><table><tr><td><ul><li><details><summary>s<blockquote><pre>"
        + "<dl><dt><figure><a href=x><div><center><font>";
    Document doc = read(open.repeat(5_000) + "\n\n本文\n\n" + "<details>\n\n中\n\n".repeat(
        10_000) + "<!-- 閉じない", w);
    assertTrue(depth(doc) < 400, "depth " + depth(doc));
    assertTrue(OutlineJson.of(doc).contains("本文"));
  }

  @Test
  void aTwoMillionCharacterLineOfTags() {
    WarningSink w = WarningSink.collecting("n");
    String line = "a<b>c</b><br><img src=p.png><span>d</span>&amp;<!-- c -->";
    Document doc = read("<div>" + line.repeat(2_000_000 / line.length()) + "</div>\n\n段落 "
        + line.repeat(500_000 / line.length()) + "\n", w);
    assertFalse(doc.blocks().isEmpty());
    assertTrue(depth(doc) < 40, "depth " + depth(doc));
  }

  @Test
  void manyCellsAndHugeSpansStayBounded() {
    WarningSink w = WarningSink.collecting("n");
    Document doc = read("<table>" + "<tr><td colspan=1000 rowspan=65534>x</td></tr>".repeat(
        20_000) + "</table>\n\n<table><tr>" + "<td>y</td>".repeat(100_000) + "</tr></table>\n",
        w);
    assertTrue(w.warnings().stream().anyMatch(x -> x.message().contains("too large")),
        w.warnings().toString());
    assertFalse(doc.blocks().isEmpty());
  }

  /** Keeps the visitor interface in use here, so a new block kind breaks this test's compile. */
  @SuppressWarnings("unused")
  private static final Class<?> VISITOR = BlockVisitor.class;
  @SuppressWarnings("unused")
  private static final Class<?> BLOCK = Block.class;
}

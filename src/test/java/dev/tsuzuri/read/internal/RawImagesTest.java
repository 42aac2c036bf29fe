package dev.tsuzuri.read.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tsuzuri.diag.WarningSink;
import dev.tsuzuri.outline.Block;
import dev.tsuzuri.outline.Document;
import dev.tsuzuri.outline.Figure;
import dev.tsuzuri.outline.Inline;
import dev.tsuzuri.outline.Paragraph;
import dev.tsuzuri.outline.RawHtml;
import dev.tsuzuri.read.markdown.MarkdownReader;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Raw {@code <img>} tags read as the pictures they show. */
class RawImagesTest {
  private static Document read(String md) {
    return MarkdownReader.defaults().read(md, WarningSink.collecting("t"));
  }

  @Test
  void anImageAloneIsAFigureAndInsideTextAnInlineImage() {
    Document d = read("<img src=\"/a.png\" alt=\"図 &amp; 表\" width=300>\n\n"
        + "文中の <img src='b.png' title=\"B\"> 画像\n");
    Figure f = (Figure) d.blocks().get(0);
    assertEquals("/a.png", f.src());
    assertEquals("図 & 表", f.alt());
    Paragraph p = (Paragraph) d.blocks().get(1);
    assertTrue(p.inlines().contains(new Inline.Image("b.png", "", "B")), p.toString());
  }

  @Test
  void aBlockKeepsItsOtherMarkupAndGivesAFigurePerPictureLinkedByItsAnchor() {
    List<Block> blocks = RawImages.block("<table><tr><td><a href=\"/big.png\"><img src=/s.png>"
        + "</a></td><td>説明<img src=\"\"></td><td><img src=\"t.jpg\"></td></tr></table>", 3);
    assertTrue(blocks.get(0) instanceof RawHtml raw && raw.html().contains("説明")
        && !raw.html().contains("<img"), blocks.toString());
    assertEquals(new Figure("/s.png", "", "", List.of(), "/big.png", 3), blocks.get(1));
    assertEquals(new Figure("t.jpg", "", "", List.of(), "", 3), blocks.get(2));
    assertEquals(3, blocks.size());
    // nothing but pictures in wrappers: only the figures
    assertEquals(1, RawImages.block("<p><a href=\"x\"><img src=\"a.png\"></a><br/></p>", 1)
        .size());
    assertEquals(List.of(new RawHtml("<div>本文</div>", 1)),
        RawImages.block("<div>本文</div>", 1));
  }

  @Test
  void otherInlineHtmlStaysHtml() {
    assertNull(RawImages.inline("<b>"));
    assertNull(RawImages.inline("<img alt=x>"));
    assertNull(RawImages.inline("<img src=a.png><img src=b.png>"));
  }

  @Test
  void hugeAndBrokenMarkupIsScannedInLinearTime() {
    // about a megabyte each; quadratic work would take hours
    String open = "<img src=\"".repeat(100_000);
    String lts = "<".repeat(1_000_000);
    String attrs = "<img " + "a=b ".repeat(250_000);
    String anchors = "<a href=x>".repeat(100_000) + "<img src=y>";
    String oneLine = "<p>" + "x".repeat(2_000_000) + "<img src=z.png></p>";
    assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
      assertEquals(50_000, RawImages.tags(open).size());
      assertEquals(0, RawImages.tags(lts).size());
      assertEquals(1, RawImages.tags(attrs).size());
      assertEquals("x", RawImages.tags(anchors).get(0).link());
      assertEquals(2, RawImages.block(oneLine, 1).size());
    });
  }
}

package dev.tsuzuri.read.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tsuzuri.outline.Directive;
import dev.tsuzuri.outline.ImageRole;
import dev.tsuzuri.outline.ImageSize;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarpSyntaxTest {
  @Test
  void spotAndLocalDirectivesAreRead() {
    List<Directive> d = MarpSyntax.directives("_class: title", 3);
    assertEquals(List.of(new Directive("class", "title", true, 3)), d);
    List<Directive> two = MarpSyntax.directives("paginate: false\nfooter: \"第3回\"\n", 9);
    assertEquals(List.of(new Directive("paginate", "false", false, 9),
        new Directive("footer", "第3回", false, 9)), two);
  }

  @Test
  void aCommentThatIsNotAllDirectivesIsANote() {
    assertTrue(MarpSyntax.directives("メモ: ここで質問を受ける", 1).isEmpty());
    assertTrue(MarpSyntax.directives("class: lead\nここで一息つく", 1).isEmpty());
    assertTrue(MarpSyntax.directives("Hi, let's start. my talk title is ...", 1).isEmpty());
  }

  @Test
  void backgroundAndSideKeywords() {
    MarpSyntax.Image bg = MarpSyntax.image("bg", ImageSize.NONE);
    assertEquals(ImageRole.Placement.BACKGROUND, bg.role().placement());
    assertEquals("", bg.alt());
    MarpSyntax.Image left = MarpSyntax.image("bg left:40% 構成図", ImageSize.NONE);
    assertEquals(new ImageRole(ImageRole.Placement.LEFT, 40, ImageRole.Scale.AUTO), left.role());
    assertEquals("構成図", left.alt());
    MarpSyntax.Image right = MarpSyntax.image("bg right contain", ImageSize.NONE);
    assertEquals(new ImageRole(ImageRole.Placement.RIGHT, 0, ImageRole.Scale.CONTAIN),
        right.role());
    assertEquals(ImageRole.Scale.COVER, MarpSyntax.image("bg cover", ImageSize.NONE).role()
        .scale());
    assertEquals(ImageRole.Scale.CONTAIN, MarpSyntax.image("bg fit", ImageSize.NONE).role()
        .scale());
  }

  @Test
  void sizeKeywordsGiveTheSizeAndFiltersAreFlagged() {
    MarpSyntax.Image w = MarpSyntax.image("w:300 h:200", ImageSize.NONE);
    assertEquals(new ImageSize(300, 200), w.size());
    assertEquals(ImageRole.INLINE, w.role());
    assertEquals(new ImageSize(0, 480), MarpSyntax.image("height:480px", ImageSize.NONE).size());
    MarpSyntax.Image sepia = MarpSyntax.image("width:500px sepia ロゴ", ImageSize.NONE);
    assertTrue(sepia.filtered());
    assertEquals("ロゴ", sepia.alt());
    assertEquals(new ImageSize(500, 0), sepia.size());
  }

  @Test
  void ordinaryAlternativeTextIsLeftAlone() {
    ImageSize html = new ImageSize(120, 0);
    MarpSyntax.Image plain = MarpSyntax.image("left side of the sepia bridge", html);
    assertEquals("left side of the sepia bridge", plain.alt());
    assertEquals(ImageRole.INLINE, plain.role());
    assertEquals(html, plain.size());
    assertFalse(plain.filtered());
  }

  @Test
  void hugeInputsStayLinear() {
    String words = "bg left:40% ".repeat(150_000);
    String lines = "class: lead\n".repeat(150_000) + "not a directive";
    String one = "a:".repeat(1_000_000);
    assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
      assertEquals(ImageRole.Placement.LEFT, MarpSyntax.image(words, ImageSize.NONE).role()
          .placement());
      assertTrue(MarpSyntax.directives(lines, 1).isEmpty());
      assertTrue(MarpSyntax.directives(one, 1).isEmpty());
      MarpSyntax.image(one, ImageSize.NONE);
      assertTrue(MarpSyntax.isFitComment("<!--" + " ".repeat(2_000_000) + "fit -->"));
      assertFalse(MarpSyntax.isFitComment("<!-- " + "fit ".repeat(500_000) + "-->"));
    });
  }

  @Test
  void theFitCommentIsRecognisedWithOrWithoutSpaces() {
    assertTrue(MarpSyntax.isFitComment("<!-- fit -->"));
    assertTrue(MarpSyntax.isFitComment("<!--fit-->"));
    assertFalse(MarpSyntax.isFitComment("<!-- fit: true -->"));
    assertFalse(MarpSyntax.isFitComment("<!-- 大きく fit -->"));
    assertFalse(MarpSyntax.isFitComment("<b>fit</b>"));
    assertFalse(MarpSyntax.isFitComment("<!---->"));
  }
}

package dev.tsuzuri.read;

import dev.tsuzuri.read.markdown.MarkdownReader;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tsuzuri.diag.WarningSink;
import dev.tsuzuri.outline.Block;
import dev.tsuzuri.outline.Inline;
import dev.tsuzuri.outline.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Shortcode arguments as Hugo parses them, seen through a recording handler. */
class ShortcodeSyntaxTest {
  private static List<Shortcode> seen(String markdown) {
    List<Shortcode> seen = new ArrayList<>();
    ShortcodeHandler recorder = (sc, ctx) -> {
      seen.add(sc);
      return List.of(new Inline.Text("<" + sc.name() + ">"));
    };
    ShortcodeHandler box = (sc, ctx) -> {
      seen.add(sc);
      return ctx.inlines(sc.inner());
    };
    ReadOptions options = ReadOptions.defaults()
        .withShortcodes(ShortcodeRegistry.empty().with("rec", recorder).with("box", box));
    new MarkdownReader(options).read(markdown, WarningSink.collecting(""));
    return seen;
  }

  @Test
  void argumentForms() {
    Shortcode sc = seen("{{< rec plain \"double \\\"quoted\\\"\" `raw \"x\"` key=v k2=\"a b\""
        + " k3=`c d` >}}").get(0);
    assertEquals("rec", sc.name());
    assertEquals(List.of("plain", "double \"quoted\"", "raw \"x\""), sc.positional());
    assertEquals(Map.of("key", "v", "k2", "a b", "k3", "c d"), sc.named());
    assertEquals(1, sc.line());
  }

  @Test
  void percentFormSelfClosingAndMultiLineTags() {
    List<Shortcode> s = seen("{{% rec a %}}\n\n{{< rec b />}}\n\n{{< rec\n  c=\"d\"\n>}}\n");
    assertEquals(3, s.size());
    assertEquals("a", s.get(0).arg("x", 0));
    assertEquals("b", s.get(1).arg("x", 0));
    assertEquals("d", s.get(2).arg("c"));
    assertEquals(5, s.get(2).line());
  }

  @Test
  void pairedInnerTextAndNesting() {
    List<Shortcode> s = seen("{{< box >}}\n外 {{< box >}}内{{< /box >}}\n{{< /box >}}\n");
    assertEquals(2, s.size());
    Shortcode outer = s.stream().filter(x -> x.inner().contains("外")).findFirst().orElseThrow();
    assertTrue(outer.paired());
    assertEquals("\n外 {{< box >}}内{{< /box >}}\n", outer.inner());
  }

  @Test
  void customHandlersReplaceBuiltIns() {
    ShortcodeHandler upper = (sc, ctx) -> List.of(new Inline.Text(sc.arg("x", 0).toUpperCase()));
    var doc = new MarkdownReader(ReadOptions.defaults()
        .withShortcodes(ShortcodeRegistry.defaults().with("youtube", upper)))
        .read("{{< youtube abc >}}", WarningSink.collecting(""));
    Block b = doc.blocks().get(0);
    assertEquals(new Paragraph(List.of(new Inline.Text("ABC")), 1), b);
  }

  @Test
  void aFailingHandlerIsAWarningNotACrash() {
    ShortcodeHandler broken = (sc, ctx) -> {
      throw new IllegalStateException("boom");
    };
    WarningSink w = WarningSink.collecting("");
    var doc = new MarkdownReader(ReadOptions.defaults()
        .withShortcodes(ShortcodeRegistry.empty().with("bad", broken)))
        .read("{{< bad >}}", w);
    assertEquals(List.of(new Inline.Code("{{< bad >}}")),
        ((Paragraph) doc.blocks().get(0)).inlines());
    assertTrue(w.warnings().get(0).message().contains("boom"));
  }
}

package dev.tsuzuri.read.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tsuzuri.diag.WarningSink;
import dev.tsuzuri.outline.Document;
import dev.tsuzuri.read.markdown.MarkdownReader;
import dev.tsuzuri.read.ReadOptions;
import dev.tsuzuri.read.ShortcodeRegistry;
import org.junit.jupiter.api.Test;

class DefinitionRunsTest {
  @Test
  void footnoteDefinitionsStartBlocksAndARunOfThemIsSplit() {
    assertTrue(DefinitionRuns.isFootnoteDefinition("[^注1]: 補足"));
    assertTrue(DefinitionRuns.isFootnoteDefinition("   [^a]: x"));
    assertFalse(DefinitionRuns.isFootnoteDefinition("    [^a]: code"));
    assertFalse(DefinitionRuns.isFootnoteDefinition("本文[^a]: です"));
    assertFalse(DefinitionRuns.isFootnoteDefinition("[^]: x"));
    assertFalse(DefinitionRuns.isFootnoteDefinition("[^a]] x"));
    String body = "本文[^a][^b]\n[^a]: 一\n[^b]: 二\n続き\n";
    Prepared p = Prepass.run(body, 1, ShortcodeRegistry.defaults(), (l, m) -> { });
    assertEquals("本文[^a][^b]\n[^a]: 一\n\n[^b]: 二\n続き\n", p.text());
    assertEquals(4, p.noteLine(p.text().indexOf("続き")), "the note's line, not the split text's");
  }

  @Test
  void ordinaryTextWithFootnoteReferencesIsUntouched() {
    String body = "本文[^a]。\n次の行[^b]\n\n[r]: /u\n[^a]: 一\n";
    Prepared p = Prepass.run(body, 1, ShortcodeRegistry.defaults(), (l, m) -> { });
    assertEquals(body, p.text());
  }

  @Test
  void thousandsOfDefinitionsInARowAreReadAsFootnotes() {
    StringBuilder s = new StringBuilder();
    int n = 5_000;
    for (int i = 0; i < n; i++) {
      s.append("本文[^n").append(i).append("]。\n\n");
    }
    for (int i = 0; i < n; i++) {
      s.append("[^n").append(i).append("]: 注").append(i).append('\n');
    }
    WarningSink w = WarningSink.collecting("n.md");
    Document d = new MarkdownReader(ReadOptions.defaults()).read(s.toString(), w);
    assertEquals(java.util.List.of(), w.warnings());
    assertEquals(n, d.footnotes().size());
    assertEquals("n4999", d.footnotes().get(n - 1).label());
  }
}

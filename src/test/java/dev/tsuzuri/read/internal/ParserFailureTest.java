package dev.tsuzuri.read.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tsuzuri.diag.WarningSink;
import dev.tsuzuri.outline.Document;
import dev.tsuzuri.read.markdown.MarkdownReader;
import dev.tsuzuri.read.ReadOptions;
import org.junit.jupiter.api.Test;

/**
 * When flexmark fails on a note (its table pre-processor cuts a negative range on some odd
 * delimiter rows, found by fuzzing), the note is read again with its tables as text, and a
 * warning says so: the note converts, nothing is thrown.
 */
class ParserFailureTest {
  @Test
  void aTableFlexmarkCannotReadIsKeptAsText() {
    String note = "# 表の崩れ\n\n| 項目 |\n|---|:--|\n" + "\t".repeat(12) + "| 値\n\n後の段落\n";
    WarningSink warnings = WarningSink.collecting("t.md");
    Document d = new MarkdownReader(ReadOptions.defaults()).read(note, warnings);
    assertTrue(warnings.warnings().stream()
        .anyMatch(w -> w.message().contains("Markdown parser failed")), warnings.warnings()
        .toString());
    String text = d.toString();
    assertTrue(text.contains("項目") && text.contains("値") && text.contains("後の段落"), text);
  }

  @Test
  void ordinaryTablesAreStillTables() {
    WarningSink warnings = WarningSink.collecting("t.md");
    Document d = new MarkdownReader(ReadOptions.defaults())
        .read("| 項目 | 値 |\n|---|--:|\n| 時間 | 30分 |\n", warnings);
    assertTrue(d.blocks().get(0) instanceof dev.tsuzuri.outline.Table, d.blocks().toString());
    assertTrue(warnings.warnings().isEmpty(), warnings.warnings().toString());
  }
}

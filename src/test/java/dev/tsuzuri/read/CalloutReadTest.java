package dev.tsuzuri.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tsuzuri.diag.TsuzuriException;
import dev.tsuzuri.diag.WarningSink;
import dev.tsuzuri.outline.Block;
import dev.tsuzuri.outline.BlockWalker;
import dev.tsuzuri.outline.Callout;
import dev.tsuzuri.outline.CodeBlock;
import dev.tsuzuri.outline.Document;
import dev.tsuzuri.outline.Paragraph;
import dev.tsuzuri.outline.PlainText;
import dev.tsuzuri.outline.Quote;
import dev.tsuzuri.outline.Section;
import dev.tsuzuri.read.markdown.MarkdownReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Admonition shortcodes of each theme, GitHub/Hugo alerts and tab sets read into Callouts. */
class CalloutReadTest {
  private static final MarkdownReader READER = MarkdownReader.defaults();

  /** "kind|title|text of the body" for every callout, in reading order. */
  private static List<String> callouts(List<Block> blocks) {
    List<String> out = new ArrayList<>();
    new BlockWalker() {
      @Override
      public Void visitCallout(Callout c) {
        StringBuilder body = new StringBuilder();
        for (Block b : c.blocks()) {
          if (b instanceof Paragraph p) {
            body.append(PlainText.of(p.inlines()));
          } else if (b instanceof CodeBlock code) {
            body.append("code:").append(code.language()).append(':').append(code.code());
          }
        }
        out.add(c.kind().id() + "|" + PlainText.of(c.title()) + "|" + body);
        return super.visitCallout(c);
      }
    }.walk(blocks);
    return out;
  }

  @Test
  void everyThemeStyleAlertAndTabOfTheFixture() throws Exception {
    WarningSink w = WarningSink.collecting("callouts.md");
    Document doc = FixtureNotesTest.read("callouts.md", w);
    assertEquals(List.of(), w.warnings(), "nothing kept as text, nothing unknown");
    assertEquals(List.of(
        "warning|本番環境に注意|本番のデータベースには 直接 接続しないこと。",
        "danger|Docsy の注意|削除したバケットは元に戻せません。",
        "info||Hextra のお知らせ：資料は後日公開します。",
        "info||Blowfish のアイコン付きお知らせです。",
        "danger||Hugo Book の危険表示です。",
        "tip||チップ：キャッシュを先に温めておくと速い。",
        "note||GitHub のノート形式です。",
        "tip|早めの予約|会場は 二十名 までです。",
        "important||折りたたみ記号付きの重要事項です。",
        "warning||電源タップは持参してください。",
        "caution||撤収は二十一時までです。",
        "tab|JSON|JSON の設定例です。",
        "tab|YAML|YAML の設定例です。",
        "tab|Mac|Mac では brew で入れます。",
        "tab|Windows|Windows では winget で入れます。",
        "tab|Java|code:java:System.out.println(\"こんにちは\");",
        "tab|説明|Docsy のテキストタブです。"), callouts(doc.blocks()));
    Section alerts = (Section) doc.blocks().get(1);
    assertInstanceOf(Quote.class, alerts.blocks().get(alerts.blocks().size() - 1),
        "a quote without a marker stays a quote");
  }

  @Test
  void spellingsOfKindsAndTitlesInEachForm() {
    String note = """
        {{% notice style="tip" title="題" %}}
        本文
        {{% /notice %}}

        {{< admonition type="error" >}}
        壊れた
        {{< /admonition >}}

        {{< note "メモの題" >}}
        ノート
        {{< /note >}}

        {{< alert icon="triangle-exclamation" >}}
        注意
        {{< /alert >}}

        > [!danger] Obsidian の題
        > 危ない
        > 二行目
        """;
    WarningSink w = WarningSink.collecting("n.md");
    List<String> got = callouts(READER.read(note, w).blocks());
    assertEquals(List.of("tip|題|本文", "danger||壊れた", "note|メモの題|ノート",
        "warning||注意", "danger|Obsidian の題|危ない二行目"), got);
    assertEquals(List.of(), w.warnings());
  }

  @Test
  void anUnknownStyleIsANoteWithAWarning() {
    WarningSink w = WarningSink.collecting("n.md");
    List<String> got = callouts(READER.read(
        "{{% notice sparkly %}}\nきらきら\n{{% /notice %}}\n\n> [!FANCY]\n> 飾り\n", w).blocks());
    assertEquals(List.of("note||きらきら", "note||飾り"), got);
    assertEquals(2, w.warnings().size(), w.warnings().toString());
    assertTrue(w.warnings().get(0).message().contains("sparkly"));
    assertTrue(w.warnings().get(1).message().contains("FANCY"));
  }

  @Test
  void aCalloutInsideAListAndACalloutInsideACallout() {
    String note = "- 項目\n\n  > [!TIP]\n  > 中のヒント\n\n"
        + "{{% notice info %}}\n外側\n\n{{% notice warning %}}\n内側\n{{% /notice %}}\n"
        + "{{% /notice %}}\n";
    List<String> got = callouts(READER.read(note, WarningSink.collecting("n.md")).blocks());
    assertEquals(List.of("tip||中のヒント", "info||外側", "warning||内側"), got);
  }

  @Test
  void aMegabyteCalloutAndDeepNestingStayLinearAndStackSafe() {
    String line = "長い囲みの本文です。これは一行です。\n\n";
    String big = "{{% notice warning %}}\n" + line.repeat(1_000_000 / line.length())
        + "{{% /notice %}}\n";
    String bigAlert = "> [!NOTE] " + "題".repeat(500_000) + "\n> 本文\n";
    String longMarker = "> [!" + "N".repeat(1_000_000) + "]\n> 本文\n";
    StringBuilder nested = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      nested.append("{{% notice tip %}}\n\n");
    }
    for (int i = 0; i < 20_000; i++) {
      nested.append("{{% /notice %}}\n\n");
    }
    StringBuilder deepAlerts = new StringBuilder();
    for (int i = 1; i <= 1000; i++) {
      deepAlerts.append(">".repeat(i)).append(" [!NOTE]\n");
    }
    assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
      List<String> got = callouts(READER.read(big, WarningSink.collecting("n.md")).blocks());
      assertEquals(1, got.size());
      assertEquals(1, callouts(READER.read(bigAlert, WarningSink.collecting("n.md")).blocks())
          .size());
      assertEquals(List.of(), callouts(READER.read(longMarker, WarningSink.collecting("n.md"))
          .blocks()), "a marker too long for any kind is an ordinary quote");
      for (String s : List.of(nested.toString(), deepAlerts.toString())) {
        try {
          // read (nesting past the limit kept as text) or refused with a message, never a
          // StackOverflowError
          READER.read(s, WarningSink.collecting("n.md"));
        } catch (TsuzuriException e) {
          assertTrue(e.getMessage().contains("nested"), e.getMessage());
        }
      }
    });
  }
}

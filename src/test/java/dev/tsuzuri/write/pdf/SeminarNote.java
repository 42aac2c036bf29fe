package dev.tsuzuri.write.pdf;

import dev.tsuzuri.outline.Block;
import dev.tsuzuri.outline.CodeBlock;
import dev.tsuzuri.outline.Details;
import dev.tsuzuri.outline.Document;
import dev.tsuzuri.outline.Embed;
import dev.tsuzuri.outline.Footnote;
import dev.tsuzuri.outline.Inline;
import dev.tsuzuri.outline.LinkCard;
import dev.tsuzuri.outline.ListBlock;
import dev.tsuzuri.outline.ListItem;
import dev.tsuzuri.outline.Metadata;
import dev.tsuzuri.outline.Paragraph;
import dev.tsuzuri.outline.Quote;
import dev.tsuzuri.outline.Section;
import dev.tsuzuri.outline.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A hand-built Japanese seminar note: the shapes real notes have, written for these tests. */
public final class SeminarNote {
  private SeminarNote() {}

  static List<Inline> text(String s) {
    return List.of(new Inline.Text(s));
  }

  static Paragraph p(String s) {
    return new Paragraph(text(s), 1);
  }

  static ListItem item(String s, Block... children) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(p(s));
    blocks.addAll(List.of(children));
    return new ListItem(ListItem.Task.NONE, blocks, 1);
  }

  static ListBlock bullets(ListItem... items) {
    return new ListBlock(false, 1, true, List.of(items), 1);
  }

  static Section section(int level, String title, String id, Block... blocks) {
    return new Section(level, text(title), id, List.of(blocks), 1);
  }

  /** Metadata as a Hugo post has it. */
  static Metadata metadata() {
    return new Metadata("[勉強会メモ] クラウド設計カンファレンス 2024", "登壇内容の書き殴りメモ",
        List.of("山田太郎"), OffsetDateTime.parse("2018-03-13T23:22:42+09:00"), null,
        List.of("seminar", "cloud"), List.of("イベント"), false, "ja", Map.of());
  }

  /** Every heading's text, in order. */
  public static final List<String> HEADINGS = List.of("このメモについて",
      "［設計］ サーバーレスで信頼性を高めるための工夫", "質疑応答", "まとめ");

  /** The note. */
  public static Document build() {
    ListBlock fiveLevels = bullets(
        item("サーバーレスとは何か",
            bullets(item("サーバーの管理が不要になる",
                bullets(item("ただし運用そのものがなくなるわけではない",
                    bullets(item("監視・ログ・デプロイの設計は引き続き必要",
                        bullets(item("五段目：ログのトレーサビリティをどう確保するか"))))))),
                item("FaaSとBaaSの二つから構成される"))),
        item("信頼性（Reliability）の考え方",
            bullets(item("シンプルに保つことが最も大事。関数の数が増えることを恐れる必要はない"),
                item("イベントとデータは同じ方向に流す（非同期処理が自然になる）"))));
    List<Inline> withLink = List.of(new Inline.Text("資料は"),
        new Inline.Link("https://example.com/slides/serverless-reliability-2024", "",
            text("こちら")),
        new Inline.Text("で公開されている"), new Inline.FootnoteRef("slides", 1),
        new Inline.Text("。長いURLの例: https://example.com/a/very/long/path/that/keeps/going/"
            + "and/going/without/any/space/at/all/index.html?query=parameter&another=value"));
    Table table = new Table(
        List.of(Table.Alignment.LEFT, Table.Alignment.CENTER, Table.Alignment.RIGHT),
        List.of(new Table.Row(List.of(new Table.Cell(text("サービス")),
            new Table.Cell(text("種類")), new Table.Cell(text("料金（円）"))))),
        List.of(new Table.Row(List.of(new Table.Cell(text("Lambda")),
            new Table.Cell(text("FaaS")), new Table.Cell(text("0.2")))),
            new Table.Row(List.of(new Table.Cell(text("DynamoDB")),
                new Table.Cell(text("BaaS")), new Table.Cell(text("1,250"))))), 1);
    ListBlock tasks = new ListBlock(false, 1, true, List.of(
        new ListItem(ListItem.Task.DONE, List.of(p("資料をダウンロードする")), 1),
        new ListItem(ListItem.Task.OPEN, List.of(p("サンプルコードを試す")), 1)), 1);
    Document doc = new Document(metadata(), List.of(
        section(1, HEADINGS.get(0), "intro",
            bullets(item("3月10日に開催されたカンファレンスのメモ。「聞いたこと」をそのまま書いている。")),
            new LinkCard("https://conference.example.jp/2024/", "クラウド設計カンファレンス 2024",
                "公式サイト", 1),
            section(2, HEADINGS.get(1), "design",
                fiveLevels,
                new Paragraph(withLink, 1),
                new CodeBlock("java", "// 関数ハンドラ\npublic String handle(Map<String, Object> event) {\n"
                    + "  return \"ok: \" + event.get(\"id\"); // とても長い行はページの右端で折り返されなければならない。"
                    + "折り返されずにはみ出すと読めない\n}", 1),
                table,
                new Quote(List.of(p("サーバーレスは抽象化された関数とミドルウェアにすぎない。")), 1),
                tasks,
                new Details(text("補足（クリックで開く）"), List.of(p("会場では補足資料も配られた。")), 1),
                new Embed("youtube", "https://www.youtube.com/watch?v=abc123", "YouTube: abc123", 1),
                // what the reader makes of <p>生HTML: <b>太字</b>と<sup>上付き</sup></p>
                new Paragraph(List.of(new Inline.Text("生HTML: "),
                    new Inline.Strong(text("太字")), new Inline.Text("と"),
                    new Inline.Styled(Inline.Styled.Style.SUPERSCRIPT, text("上付き"))), 1)),
            section(2, HEADINGS.get(2), "qa",
                new ListBlock(true, 1, true, List.of(item("テストはどうするのか？"),
                    item("ローカルで動かす仕組みを使う。")), 1))),
        section(1, HEADINGS.get(3), "summary", p("とても勉強になった。"))),
        List.of(new Footnote("slides", 1, List.of(p("スライドは後日公開予定。")))));
    return doc;
  }
}

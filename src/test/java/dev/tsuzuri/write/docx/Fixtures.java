package dev.tsuzuri.write.docx;

import dev.tsuzuri.write.docx.internal.DocxWriter;
import dev.tsuzuri.diag.WarningSink;
import dev.tsuzuri.outline.Block;
import dev.tsuzuri.outline.CodeBlock;
import dev.tsuzuri.outline.Document;
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
import dev.tsuzuri.outline.ThematicBreak;
import dev.tsuzuri.write.MemoryOutputs;
import dev.tsuzuri.write.Resources;
import dev.tsuzuri.write.WriteContext;
import dev.tsuzuri.write.WriteOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Hand-built outlines (until the reader is on main) and a way to run the writer on them. */
final class Fixtures {
  private Fixtures() {}

  static Inline.Text t(String s) {
    return new Inline.Text(s);
  }

  static Paragraph para(Inline... inlines) {
    return new Paragraph(List.of(inlines), 1);
  }

  static Paragraph para(String s) {
    return para(t(s));
  }

  static Section section(int level, String title, String id, Block... blocks) {
    return new Section(level, List.of(t(title)), id, List.of(blocks), 1);
  }

  static ListItem item(String text, Block... nested) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(para(text));
    blocks.addAll(Arrays.asList(nested));
    return new ListItem(ListItem.Task.NONE, blocks, 1);
  }

  static ListItem task(boolean done, String text) {
    return new ListItem(done ? ListItem.Task.DONE : ListItem.Task.OPEN, List.of(para(text)), 1);
  }

  static ListBlock bullets(ListItem... items) {
    return new ListBlock(false, 1, true, List.of(items), 1);
  }

  static ListBlock numbered(int start, ListItem... items) {
    return new ListBlock(true, start, true, List.of(items), 1);
  }

  static Metadata meta(String title, String lang) {
    return new Metadata(title, "勉強会の書き殴りメモ", List.of("綴 太郎"),
        OffsetDateTime.parse("2018-03-13T23:22:42+09:00"),
        OffsetDateTime.parse("2018-03-20T10:00:00+09:00"), List.of("seminar", "jaws-ug"),
        List.of("勉強会"), false, lang, Map.of());
  }

  /**
   * A Japanese seminar note: five-level bullets, numbers, code, quote, table, footnote. It is
   * the outline of {@code src/test/resources/docx/seminar.md}.
   */
  static Document seminar() {
    ListBlock level5 = bullets(item("五段目の項目"), item("五段目その二"));
    ListBlock level4 = bullets(item("イベント駆動", level5));
    ListBlock level3 = bullets(item("FaaS: 関数", level4));
    ListBlock level2 = bullets(item("サーバーの管理が不要"), item("FaaSとBaaS", level3));
    ListBlock deep = bullets(item("サーバーレスってなんだっけ", level2),
        item("信頼性とは？", numbered(3, item("可用性"), item("保守性"))), item("設計の考え方"));
    Paragraph withNote = new Paragraph(List.of(t("本文に"), new Inline.Strong(List.of(t("強調"))),
        t("と"), new Inline.Code("inline code"), t("と脚注"), new Inline.FootnoteRef("n1", 1),
        t("と"), new Inline.Link("https://example.com/", "", List.of(t("外部リンク"))), t("と"),
        new Inline.Link("#design", "", List.of(t("内部リンク"))), t("。")), 5);
    Table table = new Table(List.of(Table.Alignment.LEFT, Table.Alignment.RIGHT),
        List.of(new Table.Row(List.of(cell("サービス"), cell("料金")))),
        List.of(new Table.Row(List.of(cell("Lambda"), cell("0.2"))),
            new Table.Row(List.of(cell("S3"), cell("0.025")))), 30);
    List<Block> blocks = List.of(
        section(1, "このドキュメントについて", "about", bullets(item("3/10に開催された勉強会のメモ")),
            new LinkCard("https://jawsdays2018.jaws-ug.jp/", "JAWS DAYS 2018", "", 12)),
        section(2, "セッション1", "session-1", deep, withNote,
            section(3, "設計", "design", numbered(1, item("一つ目"), item("二つ目")),
                new CodeBlock("java", "class A {\n\tint x = 1; // コメント\n}", 20),
                new Quote(List.of(para("引用された文章です。")), 25), table,
                new ThematicBreak(35))));
    List<Footnote> notes = List.of(new Footnote("n1", 1, List.of(para("脚注の本文です。"))));
    return new Document(meta("[勉強会メモ] JAWS DAYS 2018", "ja"), blocks, notes);
  }

  static Table.Cell cell(String s) {
    return new Table.Cell(List.of(t(s)));
  }

  /** Runs the writer and returns the .docx bytes. */
  static byte[] write(Document doc, DocxOptions options, WarningSink warnings) throws IOException {
    return write(doc, options, warnings, null);
  }

  static byte[] write(Document doc, DocxOptions options, WarningSink warnings, Path folder)
      throws IOException {
    MemoryOutputs out = new MemoryOutputs();
    Resources res = folder == null ? Resources.none(warnings)
        : new Resources(folder, List.of(), warnings);
    WriteContext cx = new WriteContext("note", out, res, WriteOptions.defaults().with(options),
        warnings);
    new DocxWriter().write(doc, cx);
    return out.get("note.docx");
  }
}

package dev.tsuzuri.write.docx.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tsuzuri.diag.WarningSink;
import dev.tsuzuri.outline.Document;
import dev.tsuzuri.read.markdown.MarkdownReader;
import dev.tsuzuri.write.LinkPolicy;
import dev.tsuzuri.write.LinkResolver;
import dev.tsuzuri.write.Resources;
import dev.tsuzuri.write.docx.DocxOptions;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

/**
 * The bundled template's build-time snapshot holds what POI finds in the reference document, and
 * documents written on it are the ones written on the template POI prepares.
 */
class TemplateSnapshotTest {
  private static final String JAPANESE = """
      ---
      title: 輪読ゼミ 第3回
      author: 山田 花子
      date: 2024-05-10
      tags: [ゼミ, 輪読]
      ---
      # 今日の範囲

      第2章の後半を読みました。要点は三つです[^1]。

      1. 形態素解析の前処理
      2. 辞書の選び方
         - 既存の辞書
         - 自分で作る辞書
      3. 評価の方法

      > 引用: 測ってから直す。

      ## 議論

      | 論点 | 結論 |
      |---|---|
      | 辞書 | 両方試す |

      ```python
      print("こんにちは")
      ```

      [^1]: 前回の続きです。
      """;

  private static String note(String lang, String title) {
    return "---\ntitle: " + title + "\nlang: " + lang + "\n---\n# Reading group\n\n"
        + "We read chapter two. Three points:\n\n- tokenising\n- dictionaries\n  1. existing\n"
        + "  2. our own\n\nA footnote here.[^a]\n\n[^a]: From the last session.\n";
  }

  @Test
  void theBuildsSnapshotHoldsWhatPoiFindsInTheBundledTemplate() throws Exception {
    // fails when the reference parts were edited and the snapshot not made again (a rebuild)
    TemplatePackage restored = TemplateSnapshot.restoreBundled();
    assertNotNull(restored, "target/classes" + TemplateSnapshot.RESOURCE
        + " is missing or was made from other reference parts: run the build (process-classes)");
    TemplatePackage analysed = TemplateSnapshot.prepareBundled();
    assertSame(analysed, restored);
    assertEquals(TemplateSnapshot.LANGUAGES.size(), restored.stylesByLanguage().size());
  }

  @Test
  void theSnapshotsFontEditsAreTheOnesTheWriterMakesNow() throws Exception {
    byte[] snapshot;
    try (var in = TemplateSnapshot.class.getResourceAsStream(TemplateSnapshot.RESOURCE)) {
      snapshot = in.readAllBytes();
    }
    var kept = TemplateSnapshot.restore(snapshot, TemplateSnapshot.referenceChecksum()).edits();
    var made = TemplateSnapshot.embeddingEdits(TemplateSnapshot.prepareBundled());
    assertTrue(made.size() >= 4, "settings (with and without contents), font table, its "
        + "relationships, content types: " + made.size());
    assertEquals(made.size(), kept.size());
    for (int i = 0; i < made.size(); i++) {
      assertEquals(made.get(i).edit(), kept.get(i).edit());
      assertArrayEquals(made.get(i).input(), kept.get(i).input(), made.get(i).edit());
      assertArrayEquals(made.get(i).output(), kept.get(i).output(), made.get(i).edit());
    }
    // and a document made with them remembered is the one made without
    TemplatePackage template = TemplateSnapshot.prepareBundled();
    Document note = MarkdownReader.defaults().read(JAPANESE, WarningSink.collecting("t"));
    for (boolean toc : List.of(false, true)) {
      DocxOptions options = DocxOptions.builder().toc(toc).build();
      PartEditCache.forget();
      byte[] fresh = build(template, note, options);
      PartEditCache.forget();
      PartEditCache.remember(kept);
      assertArrayEquals(fresh, build(template, note, options), "toc " + toc);
    }
  }

  @Test
  void aSnapshotRoundTripsAndOneOfOtherPartsIsIgnored() throws Exception {
    TemplatePackage analysed = TemplateSnapshot.prepareBundled();
    byte[] snapshot = TemplateSnapshot.write(analysed, 42, List.of());
    assertSame(analysed, TemplateSnapshot.read(snapshot, 42));
    assertNull(TemplateSnapshot.read(snapshot, 43), "made from other reference parts");
    assertThrows(IOException.class,
        () -> TemplateSnapshot.read(Arrays.copyOf(snapshot, snapshot.length / 2), 42));
    byte[] damaged = snapshot.clone();
    Arrays.fill(damaged, 16, 24, (byte) 0x7f); // a length far beyond the snapshot's end
    assertThrows(IOException.class, () -> TemplateSnapshot.read(damaged, 42));
  }

  @Test
  void documentsOnTheSnapshotAreTheBytesOfDocumentsOnThePoiPreparedTemplate() throws Exception {
    List<Document> notes = new ArrayList<>();
    MarkdownReader reader = MarkdownReader.defaults();
    WarningSink sink = WarningSink.collecting("t");
    notes.add(reader.read(JAPANESE, sink));
    notes.add(reader.read(note("en", "Reading group"), sink));
    // a language the snapshot has no styles for: made from the template on first use
    notes.add(reader.read(note("it", "Gruppo di lettura"), sink));
    notes.add(reader.read(note("zh-TW", "讀書會"), sink));
    for (boolean toc : List.of(false, true)) {
      // fresh ones each round, so the languages' styles are made in another order too
      TemplatePackage restored = TemplateSnapshot.read(
          TemplateSnapshot.write(TemplateSnapshot.prepareBundled(), 1, List.of()), 1);
      TemplatePackage analysed = TemplatePackage.prepareUncached(ReferenceDocx.bytes(),
          TemplatePackage.BUNDLED_NAME, notes.get(toc ? 2 : 0).metadata().lang());
      DocxOptions options = DocxOptions.builder().toc(toc).build();
      for (Document note : notes) {
        byte[] fromSnapshot = build(restored, note, options);
        byte[] fromPoi = build(analysed, note, options);
        assertArrayEquals(fromPoi, fromSnapshot, note.title() + ", toc " + toc);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(fromSnapshot))) {
          List<String> texts = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
          assertTrue(texts.contains(note.title()), texts.toString());
          assertTrue(doc.getFootnotes().size() >= 1, "the footnote is a Word footnote");
          assertNotNull(doc.getStyles().getStyle("Heading1"));
        }
      }
    }
  }

  private static byte[] build(TemplatePackage template, Document note, DocxOptions options)
      throws IOException {
    WarningSink sink = WarningSink.collecting("t");
    return DocxBuilder.build(template, note, options, "note", Resources.none(sink), sink,
        new LinkPolicy(LinkResolver.NONE, sink, "docx"));
  }

  private static void assertSame(TemplatePackage expected, TemplatePackage actual) {
    assertNotNull(actual);
    for (boolean toc : List.of(false, true)) {
      Map<String, byte[]> e = expected.saved(toc).parts();
      Map<String, byte[]> a = actual.saved(toc).parts();
      assertEquals(List.copyOf(e.keySet()), List.copyOf(a.keySet()), "parts in zip order");
      for (String entry : e.keySet()) {
        assertArrayEquals(e.get(entry), a.get(entry), entry + ", toc " + toc);
      }
    }
    assertEquals(expected.styles(), actual.styles());
    assertEquals(expected.lists(), actual.lists());
    assertEquals(expected.layout(), actual.layout());
    assertEquals(expected.noteIdsTaken(), actual.noteIdsTaken());
    assertEquals(expected.core(), actual.core());
    assertEquals(expected.pictureParts(), actual.pictureParts());
    for (String language : TemplateSnapshot.LANGUAGES) {
      assertArrayEquals(expected.stylesFor(language), actual.stylesFor(language), language);
    }
  }
}

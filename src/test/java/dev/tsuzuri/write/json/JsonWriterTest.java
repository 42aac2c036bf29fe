package dev.tsuzuri.write.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tsuzuri.diag.WarningSink;
import dev.tsuzuri.outline.Document;
import dev.tsuzuri.outline.Inline;
import dev.tsuzuri.outline.Metadata;
import dev.tsuzuri.outline.Paragraph;
import dev.tsuzuri.read.markdown.MarkdownReader;
import dev.tsuzuri.read.ReadOptions;
import dev.tsuzuri.write.MemoryOutputs;
import dev.tsuzuri.write.Resources;
import dev.tsuzuri.write.WriteContext;
import dev.tsuzuri.write.WriteOptions;
import dev.tsuzuri.write.Writers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonWriterTest {
  private static Document note(String name) throws Exception {
    return new MarkdownReader(ReadOptions.defaults())
        .read(Path.of("src/test/resources/notes", name), WarningSink.collecting(name));
  }

  private static String write(Document doc) throws Exception {
    MemoryOutputs outputs = new MemoryOutputs();
    WarningSink w = WarningSink.collecting("x");
    Writers.forFormat("json").create().write(doc,
        new WriteContext("note", outputs, Resources.none(w), WriteOptions.defaults(), w));
    return new String(outputs.get("note.json"), StandardCharsets.UTF_8);
  }

  @SuppressWarnings("unchecked")
  private static <T> T at(Object json, Object... path) {
    Object o = json;
    for (Object p : path) {
      o = p instanceof Integer i ? ((List<Object>) o).get(i) : ((Map<String, Object>) o).get(p);
    }
    return (T) o;
  }

  @Test
  void foundByFormatName() {
    assertEquals("json", Writers.forFormat("json").extension());
  }

  @Test
  void seminarNoteParsesBackWithItsTree() throws Exception {
    Object json = MiniJson.parse(write(note("seminar-yaml.md")));
    assertEquals(List.of(2L, 2L), at(json, "tsuzuri-api-version"));
    assertEquals("2026-04-18T19:30+09:00", at(json, "meta", "date"));
    assertEquals("クラウド勉強会", at(json, "meta", "extra", "series"));
    assertEquals("Section", at(json, "blocks", 0, "t"));
    assertEquals("このメモについて", at(json, "blocks", 0, "id"));
    // h1 > h2 (2nd block) > list > item > list > item > … five levels
    Object item = at(json, "blocks", 0, "blocks", 1, "blocks", 0, "items", 0);
    for (int level = 2; level <= 5; level++) {
      item = at(item, "blocks", 1, "items", 0);
    }
    assertEquals("変更履歴が残る", at(item, "blocks", 0, "c", 0, "c"));
    assertEquals("config", at(json, "footnotes", 0, "label"));
    assertEquals("right", at(json, "blocks", 0, "blocks", 2, "blocks", 4, "alignments", 2));
  }

  @Test
  void htmlKindsHaveTheirFields() throws Exception {
    Document doc = new MarkdownReader(ReadOptions.defaults()).read("<u>下線</u>と"
        + "<img src=\"a.png\" alt=\"図\" width=\"64\">\n\n"
        + "<table><tr><th colspan=\"2\">見出し</th></tr><tr><td rowspan=\"2\">a</td>"
        + "<td>b</td></tr><tr><td>c</td></tr></table>\n\n"
        + "<dl><dt>語</dt><dd>意味</dd></dl>\n", WarningSink.collecting("n"));
    Object json = MiniJson.parse(write(doc));
    assertEquals("Styled", at(json, "blocks", 0, "c", 0, "t"));
    assertEquals("underline", at(json, "blocks", 0, "c", 0, "style"));
    assertEquals("下線", at(json, "blocks", 0, "c", 0, "c", 0, "c"));
    assertEquals((Object) 64L, at(json, "blocks", 0, "c", 2, "width"));
    assertEquals((Object) 0L, at(json, "blocks", 0, "c", 2, "height"));
    assertEquals((Object) 2L, at(json, "blocks", 1, "header", 0, 0, "colspan"));
    assertEquals("見出し", at(json, "blocks", 1, "header", 0, 0, "c", 0, "c"));
    assertEquals((Object) 2L, at(json, "blocks", 1, "body", 0, 0, "rowspan"));
    assertEquals((Object) 1L, at(json, "blocks", 1, "body", 1, 0, "colspan"));
    assertEquals("DefinitionList", at(json, "blocks", 2, "t"));
    assertEquals("語", at(json, "blocks", 2, "items", 0, "term", 0, "c"));
    assertEquals("意味", at(json, "blocks", 2, "items", 0, "definitions", 0, 0, "c", 0, "c"));
  }

  @Test
  void escapesEverythingJsonForbidsRaw() throws Exception {
    String nasty = "quote\" backslash\\ newline\n tab\t nul\u0000 bell\u0007 ls\u2028 "
        + "lone\uD800 emoji😀 日本語";
    Document doc = new Document(Metadata.empty("ja"),
        List.of(new Paragraph(List.of(new Inline.Text(nasty)), 1)), List.of());
    String text = write(doc);
    assertEquals(nasty, at(MiniJson.parse(text), "blocks", 0, "c", 0, "c"));
    for (char c : text.toCharArray()) {
      assertTrue(c >= 0x20 || c == '\n', "raw control character " + (int) c);
    }
  }

  @Test
  void pythonReadsItToo() throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/python3")), "python3 missing");
    Path file = Files.createTempFile("tsuzuri", ".json");
    try {
      Files.writeString(file, write(note("shortcodes.md")));
      Process p = new ProcessBuilder("/usr/bin/python3", "-c",
          "import json,sys; d=json.load(open(sys.argv[1],encoding='utf-8'));"
              + "print(d['blocks'][0]['blocks'][0]['t'], len(d['blocks']))",
          file.toString()).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      assertEquals(0, p.waitFor(), out);
      assertEquals("LinkCard 2", out);
    } finally {
      Files.deleteIfExists(file);
    }
  }
}

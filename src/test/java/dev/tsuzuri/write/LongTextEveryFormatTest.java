package dev.tsuzuri.write;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tsuzuri.diag.TsuzuriException;
import dev.tsuzuri.diag.WarningSink;
import dev.tsuzuri.outline.Block;
import dev.tsuzuri.outline.CodeBlock;
import dev.tsuzuri.outline.Document;
import dev.tsuzuri.outline.Metadata;
import dev.tsuzuri.read.markdown.MarkdownReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Long text through every writer: outputs written and no internal error (a StackOverflowError in
 * the old highlighter, a layout that took the square of the line's length in the PDF engine).
 * Times are measured by the benchmarks, not here.
 */
class LongTextEveryFormatTest {
  /** A base64 blob with escaped quotes, as real notes hold (the crash was at 11,720). */
  private static final String BLOB = "UEsDBBQACAgIAC9qdlQAAAAAAAAAAAAAAAA\\\"+/="
      .repeat(300);

  @Test
  void longStringsAndCommentsInEveryHighlightedLanguage() throws IOException {
    Map<CodeSyntax, String> oneEach = new IdentityHashMap<>();
    for (String name : new TreeSet<>(CodeTokenizer.languages())) {
      oneEach.putIfAbsent(CodeSyntax.forLanguage(name), name);
    }
    List<Block> all = new ArrayList<>();
    for (Map.Entry<CodeSyntax, String> e : oneEach.entrySet()) {
      CodeSyntax syntax = e.getKey();
      String quote = syntax.quotes().isEmpty() ? "\"" : syntax.quotes().substring(0, 1);
      String comment = !syntax.lineComments().isEmpty() ? syntax.lineComments().get(0) + " "
          + BLOB : syntax.blockOpen() + " " + BLOB + " " + syntax.blockClose();
      String code = "s = " + quote + BLOB + quote + "\n" + comment + "\nt = " + quote + BLOB;
      CodeBlock block = new CodeBlock(e.getValue(), code, all.size() + 1);
      all.add(block);
      // one deck per language: a long code line fills many slides
      Document one = new Document(Metadata.empty("ja"), List.of(block), List.of());
      assertTrue(write(one, "pptx").length > 1000, e.getValue());
    }
    Document doc = new Document(Metadata.empty("ja"), all, List.of());
    for (String format : List.of("html", "pdf", "docx")) {
      assertTrue(write(doc, format).length > 1000, format);
    }
  }

  /**
   * A 1.7-million-character Japanese line, one list item (5 MB of UTF-8): written as HTML, PDF
   * and Word; PowerPoint refuses it with its slide limit.
   */
  @Test
  void aJapaneseLineOfOnePointSevenMillionCharacters() throws IOException {
    String unit = "長い一行の箇条書きを、どの形式でも長さに比例する時間で組みます。";
    StringBuilder note = new StringBuilder("---\ntitle: 長い行\nlang: ja\n---\n\n- ");
    while (note.length() < 1_700_000) {
      note.append(unit);
    }
    Document doc = MarkdownReader.defaults().read(note.append('\n').toString(),
        WarningSink.collecting("long.md"));
    for (String format : List.of("html", "pdf", "docx")) {
      assertTrue(write(doc, format).length > 10_000, format);
    }
    TsuzuriException e = assertThrows(TsuzuriException.class, () -> write(doc, "pptx"));
    assertTrue(e.getMessage().contains("3000"), e.getMessage());
  }

  private static byte[] write(Document doc, String format) throws IOException {
    WarningSink w = WarningSink.collecting("long.md");
    MemoryOutputs out = new MemoryOutputs();
    Writers.forFormat(format).create().write(doc, new WriteContext("long", out,
        Resources.none(w), WriteOptions.defaults(), w));
    return out.get("long." + format);
  }
}

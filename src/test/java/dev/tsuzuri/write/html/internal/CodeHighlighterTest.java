package dev.tsuzuri.write.html.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** Code colouring keeps every character, also for strings far longer than a stack is deep. */
class CodeHighlighterTest {
  private static Element highlight(String lang, String code) {
    Dom dom = new Dom(Xml.newDocument());
    Element pre = dom.element("pre");
    dom.document().appendChild(pre);
    CodeHighlighter.highlight(dom, pre, lang, code);
    return pre;
  }

  @Test
  void stringsCommentsAndKeywordsAreMarked() {
    Element e = highlight("java", "return \"a\\\"b\"; // c");
    assertEquals("return \"a\\\"b\"; // c", e.getTextContent());
    assertEquals(3, e.getElementsByTagName("span").getLength());
  }

  @Test
  void longStringsAndManyEscapesNeitherOverflowNorLoseText() {
    // a real note's Ruby script held a string of thousands of kanji on one line
    String kanji = "puts \"" + "漢字".repeat(1_000_000) + "\"";
    String escapes = "x = \"" + "\\n".repeat(500_000) + "\"";
    String sql = "select '" + "''".repeat(500_000) + "'";
    assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
      assertEquals(kanji, highlight("ruby", kanji).getTextContent());
      assertEquals(escapes, highlight("java", escapes).getTextContent());
      assertEquals(sql, highlight("sql", sql).getTextContent());
    });
  }
}

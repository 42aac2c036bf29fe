package dev.tsuzuri.write.ooxml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.drawingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;

/** Escaped text and attributes read back, through XMLBeans, as the text they were. */
class XmlTextTest {
  private static final String W =
      "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static final String[] SAMPLES = {"plain", "a > b & c < d", "]]> and ]>", "\"q\" 'a'",
      "タブ\tと改行\nと😀", "&amp; already", "<w:t>", "]]]]>>", "", "\r\n two lines\r",
      "<p>!&quot;#$%&amp;'()*+,-./:;&lt;=&gt;?@[\\]^_`{|}~</p>",
      "]]>&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&]]"};

  @Test
  void textReadsBackAsItself() throws Exception {
    for (String s : SAMPLES) {
      String xml = XmlText.text(new StringBuilder(), s).toString();
      CTP read = CTP.Factory.parse("<xml-fragment xmlns:w=\"" + W + "\"><w:r><w:t "
          + "xml:space=\"preserve\">" + xml + "</w:t></w:r></xml-fragment>");
      // element content keeps everything but a lone CR, which XML reads as a newline
      assertEquals(s.replace("\r\n", "\n").replace('\r', '\n'),
          read.getRArray(0).getTArray(0).getStringValue(), s);
    }
  }

  @Test
  void attributesReadBackAsThemselves() throws Exception {
    for (String s : SAMPLES) {
      String xml = XmlText.attribute(new StringBuilder(), s).toString();
      CTHyperlink read = CTHyperlink.Factory.parse("<xml-fragment xmlns:a=\"http://schemas"
          + ".openxmlformats.org/drawingml/2006/main\" tooltip=\"" + xml + "\"/>");
      assertEquals(s, read.getTooltip(), s);
    }
  }

  @Test
  void twoMillionCharactersEscapeInLinearTime() {
    String line = "<&>\"".repeat(500_000);
    String text = assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> XmlText.text(new StringBuilder(), line).toString());
    assertEquals(500_000 * ("&lt;&amp;&gt;\"".length()), text.length());
    String attribute = XmlText.attribute(new StringBuilder(), line).toString();
    assertEquals(500_000 * ("&lt;&amp;&gt;&quot;".length()), attribute.length());
  }
}

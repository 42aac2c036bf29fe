package dev.tsuzuri.write.docx.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;

/** The text writers escape text and attributes exactly as XMLBeans saves them. */
class WordXmlTest {
  private static final String[] SAMPLES = {"plain", "a > b & c < d", "]]> and ]>", "\"q\" 'a'",
      "タブ\tと改行\nと😀", "&amp; already", "<w:t>", "]]]]>>", "",
      // XMLBeans writes CDATA past 32 characters with more than 5 of '<' and '&'
      "<p>!&quot;#$%&amp;'()*+,-./:;&lt;=&gt;?@[\\]^_`{|}~</p>",
      "&&&&&& exactly thirty-two chars.", "&&&&&& exactly thirty-three chars",
      "&&&&& five and a long enough tail of text", "]]> <<<<<< ]]]]> and ]]>> tail text to pass 32",
      "]]>&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&]]"};

  @Test
  void textIsEscapedAsXmlBeansSavesIt() throws Exception {
    for (String s : SAMPLES) {
      CTP p = CTP.Factory.newInstance();
      p.addNewR().addNewT().setStringValue(s);
      String saved = p.xmlText(POIXMLTypeLoader.DEFAULT_XML_OPTIONS);
      String ours = WordXml.text(new StringBuilder(), s).toString();
      assertEquals(between(saved, "<w:t>", "</w:t>", s), ours, s);
      // and it reads back as the same text
      CTP read = CTP.Factory.parse("<xml-fragment xmlns:w=\"" + WordXml.W + "\"><w:r><w:t>"
          + ours + "</w:t></w:r></xml-fragment>");
      assertEquals(s, read.getRArray(0).getTArray(0).getStringValue(), s);
    }
  }

  @Test
  void attributesAreEscapedAsXmlBeansSavesThem() {
    for (String s : SAMPLES) {
      CTP p = CTP.Factory.newInstance();
      p.addNewHyperlink().setAnchor(s);
      String saved = p.xmlText(POIXMLTypeLoader.DEFAULT_XML_OPTIONS);
      String ours = WordXml.attribute(new StringBuilder(), s).toString();
      // an escaped value holds no '"', so the first one ends it
      assertEquals(between(saved, "w:anchor=\"", "\"", s), ours, s);
    }
  }

  @Test
  void emptyElementsCloseAsEmptyElementTags() {
    StringBuilder b = new StringBuilder("<w:p>");
    WordXml.close(b, b.length(), "w:p");
    assertEquals("<w:p/>", b.toString());
    b = new StringBuilder("<w:p>");
    int start = b.length();
    b.append("<w:r/>");
    WordXml.close(b, start, "w:p");
    assertEquals("<w:p><w:r/></w:p>", b.toString());
  }

  private static String between(String xml, String open, String close, String sample) {
    if (sample.isEmpty() && !xml.contains(open)) {
      return "";
    }
    int start = xml.indexOf(open) + open.length();
    return xml.substring(start, xml.indexOf(close, start));
  }
}

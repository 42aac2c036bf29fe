package dev.tsuzuri.write.docx.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Empty Word elements close as XMLBeans saves them. */
class WordXmlTest {
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
}

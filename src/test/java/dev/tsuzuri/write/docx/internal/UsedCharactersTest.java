package dev.tsuzuri.write.docx.internal;

import dev.tsuzuri.write.internal.SafeXml;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The byte scanner finds what a namespace-aware parser finds, and refuses what it cannot read. */
class UsedCharactersTest {
  private static final String W = UsedCharacters.W;

  @Test
  void scannerAgreesWithStaxOnPoiShapedParts() throws Exception {
    String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        + "<w:document xmlns:w=\"" + W + "\" xmlns:w14=\"urn:x\"><w:body>"
        + "<w:p><w:r><w:t>勉強会 &amp; 懇親会</w:t></w:r>"
        + "<w:r><w:t xml:space=\"preserve\"> a&lt;b&gt;c &#x1F600; &#9733; &quot;q&apos;</w:t>"
        + "</w:r><w:r><w:tab/><w:t/><w:delText>消した字</w:delText></w:r>"
        + "<w:r><w14:t>無視</w14:t><w:tbl/><w:instrText>TOC 目次</w:instrText></w:r></w:p>"
        + "<w:lvl><w:lvlText w:val=\"%1．◆&#x2022;\"/></w:lvl>"
        + "<w:lvl><w:lvlText w:val='%1）'/></w:lvl>"
        + "</w:body></w:document>";
    Set<Integer> scanned = new TreeSet<>();
    assertTrue(TextScanner.scan(xml.getBytes(StandardCharsets.UTF_8), scanned));
    assertEquals(stax(xml), scanned);
    assertTrue(scanned.contains((int) '勉') && scanned.contains(0x1F600)
        && scanned.contains((int) '◆') && scanned.contains((int) '）'), scanned.toString());
    assertFalse(scanned.contains((int) '無') || scanned.contains((int) '目'), scanned.toString());
  }

  @Test
  void unusualShapesAreLeftToTheParser() {
    String[] refused = {
        "<x:document xmlns:x=\"" + W + "\"><x:t>a</x:t><w:t xmlns:w=\"" + W + "\">b</w:t>"
            + "</x:document>",
        "<document xmlns=\"" + W + "\"><t>字</t></document>",
        "<w:document xmlns:w=\"" + W + "\"><w:t><![CDATA[字]]></w:t></w:document>",
        "<w:document xmlns:w=\"" + W + "\"><!-- <w:t>字</w:t> --></w:document>",
        "<w:document xmlns:w=\"" + W + "\"><w:p xmlns:w=\"urn:other\"><w:t>字</w:t></w:p>"
            + "</w:document>",
        "<w:document xmlns:w=\"" + W + "\"><w:t>&nbsp;</w:t></w:document>",
    };
    for (String xml : refused) {
      Set<Integer> chars = new TreeSet<>();
      assertFalse(TextScanner.scan(xml.getBytes(StandardCharsets.UTF_8), chars), xml);
      assertTrue(chars.isEmpty(), xml);
    }
  }

  @Test
  void refusedPartsStillCountThroughTheParser() throws Exception {
    String xml = "<document xmlns=\"" + W + "\"><body><p><r><t>既定の名前空間</t></r></p>"
        + "</body></document>";
    Set<Integer> chars = UsedCharacters.of(java.util.Map.of("word/document.xml",
        xml.getBytes(StandardCharsets.UTF_8)));
    assertTrue(chars.containsAll(stax(xml)), chars.toString());
    assertTrue(chars.contains((int) '既'));
  }

  private static Set<Integer> stax(String xml) throws Exception {
    Set<Integer> chars = new TreeSet<>();
    UsedCharacters.parse(SafeXml.stax(), xml.getBytes(StandardCharsets.UTF_8), chars);
    return chars;
  }
}

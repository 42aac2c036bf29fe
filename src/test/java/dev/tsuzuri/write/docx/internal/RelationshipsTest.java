package dev.tsuzuri.write.docx.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.junit.jupiter.api.Test;

/** Relationships written as text get the ids, order and bytes POI's package gives them. */
class RelationshipsTest {
  private static final List<String> URLS = List.of("https://example.com/", "mailto:a@b.c",
      "https://example.com/?a=1&b=%222%22#f", "https://例え.jp/パス", "https://example.com/😀",
      "https://example.com/", "ftp://x.y/z");

  @Test
  void hyperlinksMatchPoisOwnRelationships() throws Exception {
    // more than nine new ones, so that sorting by id ("rId10" before "rId2") shows
    List<String> urls = new ArrayList<>(URLS);
    for (int i = 0; i < 8; i++) {
      urls.add("https://example.com/page" + i);
    }
    byte[] before;
    byte[] poi;
    List<String> poiIds = new ArrayList<>();
    try (XWPFDocument doc = TemplateLoader.open(ReferenceDocx.bytes(), "t")) {
      before = rels(doc);
      Map<String, String> seen = new HashMap<>();
      for (String url : urls) {
        poiIds.add(seen.computeIfAbsent(url, u -> doc.getPackagePart()
            .addExternalRelationship(u, XWPFRelation.HYPERLINK.getRelation()).getId()));
      }
      poi = rels(doc);
    }
    assertTrue(Relationships.readable(before));
    Relationships text = new Relationships(before);
    List<String> ours = new ArrayList<>();
    for (String url : urls) {
      ours.add(text.hyperlink(url));
    }
    assertEquals(poiIds, ours);
    assertTrue(text.changed());
    // the same relationships as POI's, in its order (escaping may differ: no need for its bytes)
    assertEquals(relationships(poi), relationships(text.bytes()),
        new String(text.bytes(), StandardCharsets.UTF_8));
  }

  private static List<Map<String, String>> relationships(byte[] part) throws Exception {
    org.w3c.dom.NodeList list = dev.tsuzuri.write.internal.SafeXml.parse(part)
        .getElementsByTagName("Relationship");
    List<Map<String, String>> out = new ArrayList<>();
    for (int i = 0; i < list.getLength(); i++) {
      org.w3c.dom.NamedNodeMap a = list.item(i).getAttributes();
      Map<String, String> m = new java.util.TreeMap<>();
      for (int j = 0; j < a.getLength(); j++) {
        m.put(a.item(j).getNodeName(), a.item(j).getNodeValue());
      }
      out.add(m);
    }
    return out;
  }

  private static byte[] rels(XWPFDocument doc) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.write(out);
    return Repackager.read(out.toByteArray()).get("word/_rels/document.xml.rels");
  }
}

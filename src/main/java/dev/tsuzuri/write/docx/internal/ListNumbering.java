package dev.tsuzuri.write.docx.internal;

import dev.tsuzuri.diag.TsuzuriException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import java.io.ByteArrayOutputStream;
import javax.xml.namespace.QName;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumbering;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;

/**
 * Real Word list numbering: two nine-level list definitions (bullets and numbers, found in the
 * template by their names "tsuzuri bullet" and "tsuzuri ordered", copied from tsuzuri's reference
 * document when missing) and one {@code w:num} per Markdown list, so every ordered list restarts.
 */
public final class ListNumbering {
  /** Word's deepest list level, 0-based. */
  public static final int MAX_LEVEL = 8;

  static final String BULLET = "tsuzuri bullet";
  private static final String CLOSE = "</w:numbering>";
  static final String ORDERED = "tsuzuri ordered";

  /**
   * What a template's numbering gives every document: the ids of the two list definitions and
   * the first free {@code w:numId}.
   */
  record Prepared(BigInteger bulletId, BigInteger orderedId, long firstNumId) {}

  /** The document's numbering part, or null when lists are collected as text. */
  private final XWPFNumbering numbering;
  /** The {@code w:num} elements of this document's lists, when collected as text. */
  private final StringBuilder added;
  private final BigInteger bulletId;
  private final BigInteger orderedId;
  private long nextNumId;

  /** Finds or adds the list definitions in the document. */
  public ListNumbering(XWPFDocument doc) {
    XWPFNumbering n = doc.getNumbering();
    this.numbering = n != null ? n : doc.createNumbering();
    this.added = null;
    long maxNum = 0;
    for (XWPFNum num : numbering.getNums()) {
      if (num.getCTNum() != null && num.getCTNum().getNumId() != null) {
        maxNum = Math.max(maxNum, num.getCTNum().getNumId().longValue());
      }
    }
    this.nextNumId = maxNum + 1;
    this.bulletId = findOrAdd(BULLET);
    this.orderedId = findOrAdd(ORDERED);
  }

  /**
   * Lists for a document whose numbering part is left to the template's prepared one: the
   * {@code w:num} elements are collected as text and {@link #numberingPart} inserts them.
   */
  ListNumbering(Prepared prepared) {
    this.numbering = null;
    this.added = new StringBuilder();
    this.bulletId = prepared.bulletId();
    this.orderedId = prepared.orderedId();
    this.nextNumId = prepared.firstNumId();
  }

  /** What this numbering gives every document, before any list is added. */
  Prepared prepared() {
    return new Prepared(bulletId, orderedId, nextNumId);
  }

  /**
   * The numbering part with this document's lists: the template's part as POI saves it with the
   * {@code w:num} elements before its closing tag, where POI would have added them.
   *
   * @param template the prepared part, which {@link #insertable} accepted
   */
  byte[] numberingPart(byte[] template) {
    if (added.length() == 0) {
      return template;
    }
    if (!insertable(template)) {
      return parsedNumberingPart(template);
    }
    String xml = new String(template, StandardCharsets.UTF_8);
    int at = xml.lastIndexOf(CLOSE);
    return (xml.substring(0, at) + added + xml.substring(at)).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The numbering part with this document's lists added by XMLBeans and saved as POI saves it,
   * for a template's part whose text the lists cannot simply be inserted into.
   */
  private byte[] parsedNumberingPart(byte[] template) {
    try {
      CTNumbering ct = NumberingDocument.Factory.parse(new ByteArrayInputStream(template),
          POIXMLTypeLoader.DEFAULT_XML_OPTIONS).getNumbering();
      String all = "<w:numbering xmlns:w=\"" + UsedCharacters.W + "\">" + added
          + "</w:numbering>";
      CTNumbering lists = NumberingDocument.Factory.parse(all,
          POIXMLTypeLoader.DEFAULT_XML_OPTIONS).getNumbering();
      for (CTNum num : lists.getNumList()) {
        ct.addNewNum().set(num);
      }
      XmlOptions options = new XmlOptions(POIXMLTypeLoader.DEFAULT_XML_OPTIONS);
      options.setSaveSyntheticDocumentElement(
          new QName(CTNumbering.type.getName().getNamespaceURI(), "numbering"));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ct.save(out, options);
      return out.toByteArray();
    } catch (XmlException | IOException e) {
      throw new TsuzuriException("cannot add lists to the template's numbering: "
          + e.getMessage());
    }
  }

  /**
   * Whether {@link #numberingPart} can add lists to this saved part: the namespace under the
   * {@code w} prefix, a closing tag with nothing after it, nothing after the {@code w:num}
   * elements and no comments or CDATA.
   */
  static boolean insertable(byte[] part) {
    String xml = new String(part, StandardCharsets.UTF_8);
    int close = xml.lastIndexOf(CLOSE);
    return xml.contains("xmlns:w=\"" + UsedCharacters.W + "\"") && xml.contains("<w:numbering ")
        && close > 0 && xml.substring(close + CLOSE.length()).isBlank()
        && !xml.contains("numIdMacAtCleanup") && !xml.contains("<!");
  }

  /**
   * A new list: a fresh {@code w:num}, restarting at {@code start} on {@code level} when ordered.
   *
   * @return the {@code w:numId} for the list's paragraphs
   */
  public long newList(boolean ordered, int start, int level) {
    if (added != null) {
      long id = nextNumId++;
      // the form POI's save gives the same element
      added.append("<w:num w:numId=\"").append(id).append("\"><w:abstractNumId w:val=\"")
          .append(ordered ? orderedId : bulletId).append("\"/>");
      if (ordered) {
        added.append("<w:lvlOverride w:ilvl=\"").append(level)
            .append("\"><w:startOverride w:val=\"").append(Math.max(0, start))
            .append("\"/></w:lvlOverride>");
      }
      added.append("</w:num>");
      return id;
    }
    return newPoiList(ordered, start, level).longValue();
  }

  /** A new list in the numbering of an open document (the form tests compare with). */
  BigInteger newPoiList(boolean ordered, int start, int level) {
    // built in place: adding a finished w:num makes POI copy it into the part, which for
    // hundreds of lists was a good part of the list writing
    numbering.addNum(ordered ? orderedId : bulletId);
    List<XWPFNum> nums = numbering.getNums();
    CTNum ct = nums.get(nums.size() - 1).getCTNum();
    BigInteger id = BigInteger.valueOf(nextNumId++);
    ct.setNumId(id);
    if (ordered) {
      CTNumLvl o = ct.addNewLvlOverride();
      o.setIlvl(BigInteger.valueOf(level));
      o.addNewStartOverride().setVal(BigInteger.valueOf(Math.max(0, start)));
    }
    return id;
  }

  private BigInteger findOrAdd(String name) {
    long maxAbstract = -1;
    for (XWPFAbstractNum a : numbering.getAbstractNums()) {
      CTAbstractNum ct = a.getCTAbstractNum();
      if (ct == null) {
        continue;
      }
      if (ct.isSetName() && name.equals(ct.getName().getVal())) {
        return ct.getAbstractNumId();
      }
      maxAbstract = Math.max(maxAbstract, ct.getAbstractNumId().longValue());
    }
    CTAbstractNum copy = (CTAbstractNum) defaultDefinition(name).copy();
    BigInteger id = BigInteger.valueOf(maxAbstract + 1);
    copy.setAbstractNumId(id);
    numbering.addAbstractNum(new XWPFAbstractNum(copy, numbering));
    return id;
  }

  private static CTAbstractNum defaultDefinition(String name) {
    try {
      var ct = NumberingDocument.Factory.parse(
          new ByteArrayInputStream(ReferenceDocx.part("word/numbering.xml")),
          POIXMLTypeLoader.DEFAULT_XML_OPTIONS).getNumbering();
      for (CTAbstractNum a : ct.getAbstractNumList()) {
        if (a.isSetName() && name.equals(a.getName().getVal())) {
          return a;
        }
      }
    } catch (XmlException | IOException e) {
      throw new TsuzuriException("tsuzuri's reference numbering is broken: " + e.getMessage());
    }
    throw new TsuzuriException("tsuzuri's reference numbering lacks \"" + name + "\"");
  }
}

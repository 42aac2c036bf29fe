package dev.tsuzuri.write.docx.internal;

import java.util.function.Supplier;
import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.xwpf.usermodel.IBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;

/**
 * Where blocks go: the document body, a footnote or a table cell.
 *
 * @param paragraphs appends a new paragraph
 * @param tables appends a new table, or null where tables cannot go
 * @param body the POI body, for pictures
 * @param part the package part that owns relationships (hyperlinks, images)
 */
record Target(Supplier<CTP> paragraphs, Supplier<CTTbl> tables, IBody body,
    POIXMLDocumentPart part) {}

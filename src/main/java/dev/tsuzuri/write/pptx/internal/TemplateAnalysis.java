package dev.tsuzuri.write.pptx.internal;

import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * What slides need from a template, read with POI once ({@link PoiAnalysis}) or kept in the
 * bundled template's snapshot ({@link DeckSnapshot}): for each layout used, the placeholders a
 * new slide gets, saved as XML; the body's area; and a notes page. It is read from slides POI
 * makes in a throwaway copy, so the XML is what POI's {@code createSlide} would have written.
 *
 * @param title the title slide's layout
 * @param content the content layout
 * @param section the section layout
 * @param titleOnly the title-only layout
 * @param problems what the template lacks, in words
 * @param bodyArea the content layout's body, in points
 * @param notes the notes page, or null when the notes master has no body placeholder
 */
record TemplateAnalysis(LayoutXml title, LayoutXml content, LayoutXml section,
    LayoutXml titleOnly, List<String> problems, Rectangle2D bodyArea, NotesXml notes) {}

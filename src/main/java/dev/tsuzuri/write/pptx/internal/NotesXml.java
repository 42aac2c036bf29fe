package dev.tsuzuri.write.pptx.internal;

/**
 * A notes page as POI's {@code getNotesSlide} makes it from the notes master, saved once with a
 * hole where the notes' paragraphs go.
 *
 * @param page the whole {@code p:notes} part
 * @param masterPart the notes master's part name
 */
record NotesXml(ShapeXml page, String masterPart) {}

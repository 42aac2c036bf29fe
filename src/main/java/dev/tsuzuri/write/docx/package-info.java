/**
 * The Word writer (format {@code docx}): a note becomes a .docx built on a reference document
 * whose styles are found by name, with real heading styles and list numbering, Japanese fonts and
 * line breaking, Word footnotes and embedded, subset fonts. {@link
 * dev.tsuzuri.write.docx.internal.DocxReference} gives the default reference document to restyle.
 */
package dev.tsuzuri.write.docx;

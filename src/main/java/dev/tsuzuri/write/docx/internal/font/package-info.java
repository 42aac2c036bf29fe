/**
 * TrueType subsetting for embedded Word fonts: each font parsed once per process, subsets that
 * keep glyph ids. Not API.
 */
package dev.tsuzuri.write.docx.internal.font;

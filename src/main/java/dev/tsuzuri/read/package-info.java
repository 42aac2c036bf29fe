/**
 * Reading notes into the outline model: the {@link dev.tsuzuri.read.NoteReader} interface, its
 * {@link dev.tsuzuri.read.ReadOptions}, and the pluggable Hugo shortcode handlers ({@link
 * dev.tsuzuri.read.ShortcodeHandler}, {@link dev.tsuzuri.read.ShortcodeRegistry}). The Markdown
 * reader itself is {@link dev.tsuzuri.read.markdown.MarkdownReader}; flexmark's types never leave
 * its internal package.
 */
package dev.tsuzuri.read;

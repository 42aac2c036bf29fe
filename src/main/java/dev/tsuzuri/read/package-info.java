/**
 * Reading Markdown notes into the outline model: {@link dev.tsuzuri.read.MarkdownReader} with its
 * {@link dev.tsuzuri.read.ReadOptions}, and the pluggable Hugo shortcode handlers ({@link
 * dev.tsuzuri.read.ShortcodeHandler}, {@link dev.tsuzuri.read.ShortcodeRegistry}). flexmark's
 * types never leave this package.
 */
package dev.tsuzuri.read;

/**
 * Raw HTML in notes, read with jsoup's HTML5 parser into outline blocks and inlines, so that
 * every writer shows it the same way: the safe subset of tags becomes paragraphs, marks, links,
 * pictures, tables, lists, code blocks and so on; embeds become link cards; scripts, styles,
 * forms and event handlers are dropped with one warning per note. {@link
 * dev.tsuzuri.read.internal.html.HtmlReader} is the entry point.
 */
package dev.tsuzuri.read.internal.html;

/**
 * Rules about text that the Markdown reader and the HTML reader share: joining Japanese lines,
 * recognising a paragraph that is only a picture, reading Marp's directives and image keywords.
 * Depends on the outline model only, so both readers can use it without depending on each other.
 */
package dev.tsuzuri.read.internal.text;

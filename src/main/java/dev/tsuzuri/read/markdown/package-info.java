/**
 * tsuzuri's Markdown reader: Hugo front matter and shortcodes, CommonMark with GitHub's
 * extensions, Japanese line joining, into the outline model.
 */
package dev.tsuzuri.read.markdown;

/**
 * The outline model: an immutable, format-free tree of a note (sections nested by heading level,
 * lists whose items hold blocks, tables, figures, link cards …) that the reader builds and every
 * writer reads. Records behind the sealed interfaces {@link dev.tsuzuri.outline.Block} and
 * {@link dev.tsuzuri.outline.Inline}, walked with their visitors.
 */
package dev.tsuzuri.outline;

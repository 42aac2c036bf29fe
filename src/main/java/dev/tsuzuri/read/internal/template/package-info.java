/**
 * A small interpreter of the part of Go templates that Hugo sites' shortcode templates mostly
 * use ({@code .Get}, {@code .Inner}, {@code if/else/with/range}, {@code default}, {@code printf},
 * {@code markdownify} …): {@link dev.tsuzuri.read.internal.template.Lexer} cuts a template into
 * text and actions, {@link dev.tsuzuri.read.internal.template.Parser} builds a small tree, {@link
 * dev.tsuzuri.read.internal.template.Evaluator} writes its output. Anything beyond the subset
 * ({@code partial}, {@code resources.Get}, pages) makes the template unsupported, and the reader
 * falls back. {@link dev.tsuzuri.read.internal.template.SiteTemplates} finds and caches a site's
 * templates. Everything is linear in the template's and the arguments' length, and nothing
 * recurses deeper than a fixed limit.
 */
package dev.tsuzuri.read.internal.template;

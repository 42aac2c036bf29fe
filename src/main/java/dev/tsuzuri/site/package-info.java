/**
 * Hugo sites: where a note's site is ({@code site.internal.Sites}), what its configuration says
 * ({@link dev.tsuzuri.site.Site}), and Hugo's rules that depend on it (which notes are
 * published, what URL a page has). How configuration files are found, read and merged lives in
 * {@code site.internal}.
 */
package dev.tsuzuri.site;

/**
 * The reader's machinery (decoding, front matter, the shortcode pre-pass, flexmark and the
 * conversion to the outline). Not API: don't depend on it.
 */
package dev.tsuzuri.read.internal;

/**
 * {@code tsuzuri serve}: a live preview of a folder of notes in the browser. {@link
 * dev.tsuzuri.serve.PreviewServer} lists the notes, shows each as HTML, PDF and slide pictures
 * made on first request by the incremental conversion, and reloads open pages when a note, a
 * picture it names or a settings file changes.
 */
package dev.tsuzuri.serve;

/**
 * How the preview server works: request routing and path checks, the note catalog, conversions
 * on request, the pages, and live reload. Not API: the classes here change without notice.
 */
package dev.tsuzuri.serve.internal;

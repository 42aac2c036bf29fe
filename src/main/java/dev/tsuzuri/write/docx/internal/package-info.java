/**
 * The Word writer's implementation: template loading and checks, the style map, list numbering,
 * block and inline writers, font embedding. Not API; please don't depend on it.
 */
package dev.tsuzuri.write.docx.internal;

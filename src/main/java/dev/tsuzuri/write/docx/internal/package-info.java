/**
 * The Word writer's implementation: template loading and checks, the template prepared once per
 * process by POI ({@code TemplatePackage}), block and inline writers that write WordprocessingML
 * as text into it (no POI document per note), the style map, list numbering, relationships,
 * font embedding. Not API; please don't depend on it.
 */
package dev.tsuzuri.write.docx.internal;

/**
 * What the Word and PowerPoint writers share about Office Open XML packages: reading templates
 * safely (the zip guard, parsers without external entities), package parts, relationships,
 * content types and XML written as text. Internal: not exported from the module.
 */
package dev.tsuzuri.write.ooxml;

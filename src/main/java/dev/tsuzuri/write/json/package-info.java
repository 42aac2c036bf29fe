/**
 * The {@code json} output format: a stable, complete dump of the outline model, versioned by
 * {@code "tsuzuri-api-version"}, like {@code pandoc -t json}.
 */
package dev.tsuzuri.write.json;

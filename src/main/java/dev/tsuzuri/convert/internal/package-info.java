/**
 * How batches are carried out: atomic output files, discovery, the manifest. Not API: please
 * don't depend on the classes here, they change without notice.
 */
package dev.tsuzuri.convert.internal;

/**
 * What goes wrong and what had to be approximated: {@link dev.tsuzuri.diag.TsuzuriException} for a
 * problem the user can fix, {@link dev.tsuzuri.diag.Warning}s collected in a {@link
 * dev.tsuzuri.diag.WarningSink}. Every other package reports through these, so this one depends on
 * none of them.
 */
package dev.tsuzuri.diag;

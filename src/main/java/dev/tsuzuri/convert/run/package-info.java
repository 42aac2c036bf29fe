/**
 * Running conversions ({@link dev.tsuzuri.convert.run.Converter}): above both the conversion API
 * ({@code dev.tsuzuri.convert}) and its implementation, so that neither depends on the other in
 * a loop, and so that the command line needs neither the facade nor the internals.
 */
package dev.tsuzuri.convert.run;
